import factory

from yuanqu.org.choices import Role, UnitType
from yuanqu.org.models import Unit, User, Zone

PASSWORD = "Yuanqu@2021"


class ZoneFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Zone
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"开发区{n}")
    code = "420112"


class UnitFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Unit

    zone = factory.SubFactory(ZoneFactory)
    name = factory.Sequence(lambda n: f"单位{n}")
    type = UnitType.STREET


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    role = Role.VIEWER
    password = factory.django.Password(PASSWORD)
