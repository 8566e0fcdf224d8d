from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

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


@_attrs_define
class ProjectSettingsGeneral:
    app_logo: None | str | Unset = UNSET
    collect_user_data_welcome_header: None | str | Unset = UNSET
    collect_user_data_welcome_message: None | str | Unset = UNSET
    display_name: str | Unset = UNSET
    email_company_name: str | Unset = UNSET
    image_user_in_access_list: None | str | Unset = UNSET
    image_user_not_in_access_list: None | str | Unset = UNSET
    skip_optional_kyc_field_during_onboarding: bool | Unset = UNSET
    support_email: None | str | Unset = UNSET
    support_text: None | str | Unset = UNSET
    support_urls: ProjectSettingsGeneralSupportUrls | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_logo: None | str | Unset
        if isinstance(self.app_logo, Unset):
            app_logo = UNSET
        else:
            app_logo = self.app_logo

        collect_user_data_welcome_header: None | str | Unset
        if isinstance(self.collect_user_data_welcome_header, Unset):
            collect_user_data_welcome_header = UNSET
        else:
            collect_user_data_welcome_header = self.collect_user_data_welcome_header

        collect_user_data_welcome_message: None | str | Unset
        if isinstance(self.collect_user_data_welcome_message, Unset):
            collect_user_data_welcome_message = UNSET
        else:
            collect_user_data_welcome_message = self.collect_user_data_welcome_message

        display_name = self.display_name

        email_company_name = self.email_company_name

        image_user_in_access_list: None | str | Unset
        if isinstance(self.image_user_in_access_list, Unset):
            image_user_in_access_list = UNSET
        else:
            image_user_in_access_list = self.image_user_in_access_list

        image_user_not_in_access_list: None | str | Unset
        if isinstance(self.image_user_not_in_access_list, Unset):
            image_user_not_in_access_list = UNSET
        else:
            image_user_not_in_access_list = self.image_user_not_in_access_list

        skip_optional_kyc_field_during_onboarding = self.skip_optional_kyc_field_during_onboarding

        support_email: None | str | Unset
        if isinstance(self.support_email, Unset):
            support_email = UNSET
        else:
            support_email = self.support_email

        support_text: None | str | Unset
        if isinstance(self.support_text, Unset):
            support_text = UNSET
        else:
            support_text = self.support_text

        support_urls: dict[str, Any] | Unset = UNSET
        if not isinstance(self.support_urls, Unset):
            support_urls = self.support_urls.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if app_logo is not UNSET:
            field_dict["appLogo"] = app_logo
        if collect_user_data_welcome_header is not UNSET:
            field_dict["collectUserDataWelcomeHeader"] = collect_user_data_welcome_header
        if collect_user_data_welcome_message is not UNSET:
            field_dict["collectUserDataWelcomeMessage"] = collect_user_data_welcome_message
        if display_name is not UNSET:
            field_dict["displayName"] = display_name
        if email_company_name is not UNSET:
            field_dict["emailCompanyName"] = email_company_name
        if image_user_in_access_list is not UNSET:
            field_dict["imageUserInAccessList"] = image_user_in_access_list
        if image_user_not_in_access_list is not UNSET:
            field_dict["imageUserNotInAccessList"] = image_user_not_in_access_list
        if skip_optional_kyc_field_during_onboarding is not UNSET:
            field_dict["skipOptionalKYCFieldDuringOnboarding"] = (
                skip_optional_kyc_field_during_onboarding
            )
        if support_email is not UNSET:
            field_dict["supportEmail"] = support_email
        if support_text is not UNSET:
            field_dict["supportText"] = support_text
        if support_urls is not UNSET:
            field_dict["supportUrls"] = support_urls

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        support_urls_ = get("supportUrls", UNSET)
        instance_ = cls(
            app_logo=get("appLogo", UNSET),
            collect_user_data_welcome_header=get("collectUserDataWelcomeHeader", UNSET),
            collect_user_data_welcome_message=get("collectUserDataWelcomeMessage", UNSET),
            display_name=get("displayName", UNSET),
            email_company_name=get("emailCompanyName", UNSET),
            image_user_in_access_list=get("imageUserInAccessList", UNSET),
            image_user_not_in_access_list=get("imageUserNotInAccessList", UNSET),
            skip_optional_kyc_field_during_onboarding=get(
                "skipOptionalKYCFieldDuringOnboarding", UNSET
            ),
            support_email=get("supportEmail", UNSET),
            support_text=get("supportText", UNSET),
            support_urls=UNSET
            if support_urls_ is UNSET
            else ProjectSettingsGeneralSupportUrls.from_dict(support_urls_),
        )
        # Fields this description does not know yet are kept, not dropped.
        if not _KNOWN_FIELDS.issuperset(src_dict):
            instance_.additional_properties = {
                key: value for key, value in src_dict.items() if key not in _KNOWN_FIELDS
            }
        return instance_

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


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.project_settings_general_support_urls import ProjectSettingsGeneralSupportUrls  # noqa: E402
