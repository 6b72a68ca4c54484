import factory

from yuanqu.indicators.choices import FigureStatus, TargetTier
from yuanqu.indicators.models import Figure, Indicator, Target
from yuanqu.org.tests.factories import UnitFactory


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"ind-{n}")
    name = factory.Sequence(lambda n: f"指标{n}")
    unit = "亿元"


class TargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Target

    year = 2021
    unit = factory.SubFactory(UnitFactory)
    indicator = factory.SubFactory(IndicatorFactory)
    tier = TargetTier.EXPECTED


class FigureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Figure

    unit = factory.SubFactory(UnitFactory)
    indicator = factory.SubFactory(IndicatorFactory)
    year = 2021
    month = 6
    status = FigureStatus.FLASH
