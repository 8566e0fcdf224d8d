from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..types import UNSET, LazyExtraFields, LazyField, Unset, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "appLogo",
        "collectUserDataWelcomeHeader",
        "collectUserDataWelcomeMessage",
        "displayName",
        "emailCompanyName",
        "imageUserInAccessList",
        "imageUserNotInAccessList",
        "skipOptionalKYCFieldDuringOnboarding",
        "supportEmail",
        "supportText",
        "supportUrls",
    )
)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "app_logo": "appLogo",
    "collect_user_data_welcome_header": "collectUserDataWelcomeHeader",
    "collect_user_data_welcome_message": "collectUserDataWelcomeMessage",
    "display_name": "displayName",
    "email_company_name": "emailCompanyName",
    "image_user_in_access_list": "imageUserInAccessList",
    "image_user_not_in_access_list": "imageUserNotInAccessList",
    "skip_optional_kyc_field_during_onboarding": "skipOptionalKYCFieldDuringOnboarding",
    "support_email": "supportEmail",
    "support_text": "supportText",
    "support_urls": "supportUrls",
}


class ProjectSettingsGeneral:
    app_logo: None | str | Unset
    collect_user_data_welcome_header: None | str | Unset
    collect_user_data_welcome_message: None | str | Unset
    display_name: str | Unset
    email_company_name: str | Unset
    image_user_in_access_list: None | str | Unset
    image_user_not_in_access_list: None | str | Unset
    skip_optional_kyc_field_during_onboarding: bool | Unset
    support_email: None | str | Unset
    support_text: None | str | Unset
    support_urls: ProjectSettingsGeneralSupportUrls | Unset
    additional_properties: dict[str, Any]
    """Fields of the payload this description does not know, as decoded."""

    # A parsed instance keeps the decoded JSON object in `_raw`; each field is
    # a `LazyField` (installed below) that converts it on first read and
    # caches it in the instance dict.
    # `_stale` turns True once `_raw` alone may no longer describe the object
    # (built from keywords, an attribute set, a value decoded that could be
    # changed in place), which rules out the `to_dict` fast path.
    _raw: dict[str, Any]
    _stale: bool = False
    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value

    def __init__(
        self,
        app_logo: None | str | Unset = UNSET,
        collect_user_data_welcome_header: None | str | Unset = UNSET,
        collect_user_data_welcome_message: None | str | Unset = UNSET,
        display_name: str | Unset = UNSET,
        email_company_name: str | Unset = UNSET,
        image_user_in_access_list: None | str | Unset = UNSET,
        image_user_not_in_access_list: None | str | Unset = UNSET,
        skip_optional_kyc_field_during_onboarding: bool | Unset = UNSET,
        support_email: None | str | Unset = UNSET,
        support_text: None | str | Unset = UNSET,
        support_urls: ProjectSettingsGeneralSupportUrls | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "app_logo": app_logo,
                "collect_user_data_welcome_header": collect_user_data_welcome_header,
                "collect_user_data_welcome_message": collect_user_data_welcome_message,
                "display_name": display_name,
                "email_company_name": email_company_name,
                "image_user_in_access_list": image_user_in_access_list,
                "image_user_not_in_access_list": image_user_not_in_access_list,
                "skip_optional_kyc_field_during_onboarding": skip_optional_kyc_field_during_onboarding,
                "support_email": support_email,
                "support_text": support_text,
                "support_urls": support_urls,
                "additional_properties": {},
            }
        )

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Wrap a decoded JSON object; fields are converted when first read.

        Only the presence of the required fields is checked here. The object
        is kept, not copied: do not change it afterwards.

        Raises:
            MissingFieldError: a required field is missing (a ``KeyError``
                naming the wire field).
            TypeError: ``src_dict`` is not a JSON object.
        """
        if type(src_dict) is not dict and not isinstance(src_dict, Mapping):
            raise not_an_object("ProjectSettingsGeneral", src_dict)
        instance_ = cls.__new__(cls)
        instance_.__dict__["_raw"] = src_dict
        return instance_

    if not TYPE_CHECKING:
        # Hidden from type checkers, which would otherwise accept any
        # attribute name on a class defining it.
        def __setattr__(self, name, value):
            cache = self.__dict__
            cache[name] = value
            cache["_stale"] = True

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready object, with wire names.

        For a parsed instance nothing was set on or decoded from, this is a
        shallow copy of the payload: nested lists and objects are shared.
        Fields never read are passed through as they came.
        """
        raw = self._raw
        if not self._stale:
            return dict(raw)
        cache = self.__dict__
        field_dict: dict[str, Any] = {}
        if "additional_properties" in cache:
            field_dict.update(self.additional_properties)
        else:
            field_dict.update(
                {key: value for key, value in raw.items() if key not in _KNOWN_FIELDS}
            )
        if "app_logo" in cache:
            app_logo: None | str | Unset
            if isinstance(self.app_logo, Unset):
                app_logo = UNSET
            else:
                app_logo = self.app_logo
            if app_logo is not UNSET:
                field_dict["appLogo"] = app_logo
        elif "appLogo" in raw:
            field_dict["appLogo"] = raw["appLogo"]
        if "collect_user_data_welcome_header" in cache:
            collect_user_data_welcome_header: None | str | Unset
            if isinstance(self.collect_user_data_welcome_header, Unset):
                collect_user_data_welcome_header = UNSET
            else:
                collect_user_data_welcome_header = self.collect_user_data_welcome_header
            if collect_user_data_welcome_header is not UNSET:
                field_dict["collectUserDataWelcomeHeader"] = collect_user_data_welcome_header
        elif "collectUserDataWelcomeHeader" in raw:
            field_dict["collectUserDataWelcomeHeader"] = raw["collectUserDataWelcomeHeader"]
        if "collect_user_data_welcome_message" in cache:
            collect_user_data_welcome_message: None | str | Unset
            if isinstance(self.collect_user_data_welcome_message, Unset):
                collect_user_data_welcome_message = UNSET
            else:
                collect_user_data_welcome_message = self.collect_user_data_welcome_message
            if collect_user_data_welcome_message is not UNSET:
                field_dict["collectUserDataWelcomeMessage"] = collect_user_data_welcome_message
        elif "collectUserDataWelcomeMessage" in raw:
            field_dict["collectUserDataWelcomeMessage"] = raw["collectUserDataWelcomeMessage"]
        if "display_name" in cache:
            display_name = self.display_name
            if display_name is not UNSET:
                field_dict["displayName"] = display_name
        elif "displayName" in raw:
            field_dict["displayName"] = raw["displayName"]
        if "email_company_name" in cache:
            email_company_name = self.email_company_name
            if email_company_name is not UNSET:
                field_dict["emailCompanyName"] = email_company_name
        elif "emailCompanyName" in raw:
            field_dict["emailCompanyName"] = raw["emailCompanyName"]
        if "image_user_in_access_list" in cache:
            image_user_in_access_list: None | str | Unset
            if isinstance(self.image_user_in_access_list, Unset):
                image_user_in_access_list = UNSET
            else:
                image_user_in_access_list = self.image_user_in_access_list
            if image_user_in_access_list is not UNSET:
                field_dict["imageUserInAccessList"] = image_user_in_access_list
        elif "imageUserInAccessList" in raw:
            field_dict["imageUserInAccessList"] = raw["imageUserInAccessList"]
        if "image_user_not_in_access_list" in cache:
            image_user_not_in_access_list: None | str | Unset
            if isinstance(self.image_user_not_in_access_list, Unset):
                image_user_not_in_access_list = UNSET
            else:
                image_user_not_in_access_list = self.image_user_not_in_access_list
            if image_user_not_in_access_list is not UNSET:
                field_dict["imageUserNotInAccessList"] = image_user_not_in_access_list
        elif "imageUserNotInAccessList" in raw:
            field_dict["imageUserNotInAccessList"] = raw["imageUserNotInAccessList"]
        if "skip_optional_kyc_field_during_onboarding" in cache:
            skip_optional_kyc_field_during_onboarding = (
                self.skip_optional_kyc_field_during_onboarding
            )
            if skip_optional_kyc_field_during_onboarding is not UNSET:
                field_dict["skipOptionalKYCFieldDuringOnboarding"] = (
                    skip_optional_kyc_field_during_onboarding
                )
        elif "skipOptionalKYCFieldDuringOnboarding" in raw:
            field_dict["skipOptionalKYCFieldDuringOnboarding"] = raw[
                "skipOptionalKYCFieldDuringOnboarding"
            ]
        if "support_email" in cache:
            support_email: None | str | Unset
            if isinstance(self.support_email, Unset):
                support_email = UNSET
            else:
                support_email = self.support_email
            if support_email is not UNSET:
                field_dict["supportEmail"] = support_email
        elif "supportEmail" in raw:
            field_dict["supportEmail"] = raw["supportEmail"]
        if "support_text" in cache:
            support_text: None | str | Unset
            if isinstance(self.support_text, Unset):
                support_text = UNSET
            else:
                support_text = self.support_text
            if support_text is not UNSET:
                field_dict["supportText"] = support_text
        elif "supportText" in raw:
            field_dict["supportText"] = raw["supportText"]
        if "support_urls" in cache:
            support_urls: dict[str, Any] | Unset = UNSET
            if not isinstance(self.support_urls, Unset):
                support_urls = self.support_urls.to_dict()
            if support_urls is not UNSET:
                field_dict["supportUrls"] = support_urls
        elif "supportUrls" in raw:
            field_dict["supportUrls"] = raw["supportUrls"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.app_logo,
            self.collect_user_data_welcome_header,
            self.collect_user_data_welcome_message,
            self.display_name,
            self.email_company_name,
            self.image_user_in_access_list,
            self.image_user_not_in_access_list,
            self.skip_optional_kyc_field_during_onboarding,
            self.support_email,
            self.support_text,
            self.support_urls,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, ProjectSettingsGeneral)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"ProjectSettingsGeneral("
            f"app_logo={self.app_logo!r}, "
            f"collect_user_data_welcome_header={self.collect_user_data_welcome_header!r}, "
            f"collect_user_data_welcome_message={self.collect_user_data_welcome_message!r}, "
            f"display_name={self.display_name!r}, "
            f"email_company_name={self.email_company_name!r}, "
            f"image_user_in_access_list={self.image_user_in_access_list!r}, "
            f"image_user_not_in_access_list={self.image_user_not_in_access_list!r}, "
            f"skip_optional_kyc_field_during_onboarding={self.skip_optional_kyc_field_during_onboarding!r}, "
            f"support_email={self.support_email!r}, "
            f"support_text={self.support_text!r}, "
            f"support_urls={self.support_urls!r}, "
            f"additional_properties={self.additional_properties!r})"
        )

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Field converters, by python attribute; a field missing here is used as decoded.
_DECODE: dict[str, Callable[[Any], Any]] = {
    "support_urls": lambda value: ProjectSettingsGeneralSupportUrls.from_dict(value),
}
for _name, _key in _WIRE.items():
    setattr(ProjectSettingsGeneral, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(ProjectSettingsGeneral, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.project_settings_general_support_urls import ProjectSettingsGeneralSupportUrls  # noqa: E402
