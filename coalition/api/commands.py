"""`coalition token create`: a thin shell over api.services."""

import click


@click.group()
def token():
    """API tokens for editors' write access."""


@token.command("create")
@click.argument("username")
@click.option("--name", default="", help="What the token is for.")
def token_create(username, name):
    """Make a token for USERNAME and print it once; only its hash is kept."""
    from coalition.api.services import token_create as create

    _, raw = create(username=username, name=name)
    click.echo(raw)

