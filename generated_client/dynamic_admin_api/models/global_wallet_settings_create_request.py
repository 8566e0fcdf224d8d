from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "walletName",
        "customCssUrl",
        "customMenuLinks",
        "enableLoginWithExternalWallets",
        "popupPageTitle",
        "privacyPolicyUrl",
        "termsOfServiceAndPrivacyPolicyMarkdown",
        "termsOfServiceUrl",
        "walletIconUrl",
    )
)


@_attrs_define
class GlobalWalletSettingsCreateRequest:
    wallet_name: str
    custom_css_url: str | Unset = UNSET
    custom_menu_links: list[GlobalWalletSettingsCreateRequestCustomMenuLinks] | Unset = UNSET
    enable_login_with_external_wallets: bool | Unset = UNSET
    popup_page_title: str | Unset = UNSET
    privacy_policy_url: str | Unset = UNSET
    terms_of_service_and_privacy_policy_markdown: str | Unset = UNSET
    terms_of_service_url: str | Unset = UNSET
    wallet_icon_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        wallet_name = self.wallet_name

        custom_css_url = self.custom_css_url

        custom_menu_links: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.custom_menu_links, Unset):
            custom_menu_links = []
            for custom_menu_links_item_data in self.custom_menu_links:
                custom_menu_links_item = custom_menu_links_item_data.to_dict()
                custom_menu_links.append(custom_menu_links_item)

        enable_login_with_external_wallets = self.enable_login_with_external_wallets

        popup_page_title = self.popup_page_title

        privacy_policy_url = self.privacy_policy_url

        terms_of_service_and_privacy_policy_markdown = (
            self.terms_of_service_and_privacy_policy_markdown
        )

        terms_of_service_url = self.terms_of_service_url

        wallet_icon_url = self.wallet_icon_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "walletName": wallet_name,
            }
        )
        if custom_css_url is not UNSET:
            field_dict["customCssUrl"] = custom_css_url
        if custom_menu_links is not UNSET:
            field_dict["customMenuLinks"] = custom_menu_links
        if enable_login_with_external_wallets is not UNSET:
            field_dict["enableLoginWithExternalWallets"] = enable_login_with_external_wallets
        if popup_page_title is not UNSET:
            field_dict["popupPageTitle"] = popup_page_title
        if privacy_policy_url is not UNSET:
            field_dict["privacyPolicyUrl"] = privacy_policy_url
        if terms_of_service_and_privacy_policy_markdown is not UNSET:
            field_dict["termsOfServiceAndPrivacyPolicyMarkdown"] = (
                terms_of_service_and_privacy_policy_markdown
            )
        if terms_of_service_url is not UNSET:
            field_dict["termsOfServiceUrl"] = terms_of_service_url
        if wallet_icon_url is not UNSET:
            field_dict["walletIconUrl"] = wallet_icon_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        custom_menu_links_ = get("customMenuLinks", UNSET)
        instance_ = cls(
            wallet_name=src_dict["walletName"],
            custom_css_url=get("customCssUrl", UNSET),
            custom_menu_links=UNSET
            if custom_menu_links_ is UNSET
            else [
                GlobalWalletSettingsCreateRequestCustomMenuLinks.from_dict(item0_)
                for item0_ in custom_menu_links_
            ],
            enable_login_with_external_wallets=get("enableLoginWithExternalWallets", UNSET),
            popup_page_title=get("popupPageTitle", UNSET),
            privacy_policy_url=get("privacyPolicyUrl", UNSET),
            terms_of_service_and_privacy_policy_markdown=get(
                "termsOfServiceAndPrivacyPolicyMarkdown", UNSET
            ),
            terms_of_service_url=get("termsOfServiceUrl", UNSET),
            wallet_icon_url=get("walletIconUrl", UNSET),
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
from ..models.global_wallet_settings_create_request_custom_menu_links import (
    GlobalWalletSettingsCreateRequestCustomMenuLinks,  # noqa: E402
)
