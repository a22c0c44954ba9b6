"""A figure whose document has no date yet is left out of totals, and listed with that reason."""

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('totals', '0006_partner_series'),
    ]

    operations = [
        migrations.AlterField(
            model_name='claimamount',
            name='as_of',
            field=models.DateField(blank=True, null=True, verbose_name='document as of'),
        ),
        migrations.AlterField(
            model_name='claimamount',
            name='excluded_reason',
            field=models.CharField(blank=True, choices=[('unsupported_currency', 'no exchange rate is available for this currency'), ('not_converted', 'the figure has not been converted yet (run “coalition totals refresh”)'), ('date_unknown', "the date of its source document is not known yet")], max_length=24, verbose_name='left out because'),
        ),
        migrations.AlterField(
            model_name='partnerexclusion',
            name='reason',
            field=models.CharField(choices=[('unsupported_currency', 'no exchange rate is available for this currency'), ('not_converted', 'the figure has not been converted yet (run “coalition totals refresh”)'), ('date_unknown', "the date of its source document is not known yet")], max_length=24, verbose_name='reason'),
        ),
        migrations.AlterField(
            model_name='rollupexclusion',
            name='reason',
            field=models.CharField(choices=[('unsupported_currency', 'no exchange rate is available for this currency'), ('not_converted', 'the figure has not been converted yet (run “coalition totals refresh”)'), ('date_unknown', "the date of its source document is not known yet")], max_length=24, verbose_name='reason'),
        ),
    ]
