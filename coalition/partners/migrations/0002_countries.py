import pycountry
from django.db import migrations


def add_countries(apps, schema_editor):
    Country = apps.get_model("partners", "Country")
    Country.objects.bulk_create(
        [Country(code=country.alpha_2) for country in pycountry.countries], ignore_conflicts=True
    )


class Migration(migrations.Migration):
    dependencies = [("partners", "0001_initial")]
    operations = [migrations.RunPython(add_countries, migrations.RunPython.noop)]
