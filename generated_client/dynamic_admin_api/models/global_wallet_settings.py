from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "id",
        "walletName",
        "customCssUrl",
        "customMenuLinks",
        "enableLoginWithExternalWallets",
        "enabledAt",
        "popupPageTitle",
        "privacyPolicyUrl",
        "termsOfServiceAndPrivacyPolicyMarkdown",
        "termsOfServiceUrl",
        "walletIconUrl",
    )
)
_REQUIRED: tuple[str, ...] = (
    "id",
    "walletName",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "id": "id",
    "wallet_name": "walletName",
    "custom_css_url": "customCssUrl",
    "custom_menu_links": "customMenuLinks",
    "enable_login_with_external_wallets": "enableLoginWithExternalWallets",
    "enabled_at": "enabledAt",
    "popup_page_title": "popupPageTitle",
    "privacy_policy_url": "privacyPolicyUrl",
    "terms_of_service_and_privacy_policy_markdown": "termsOfServiceAndPrivacyPolicyMarkdown",
    "terms_of_service_url": "termsOfServiceUrl",
    "wallet_icon_url": "walletIconUrl",
}


class GlobalWalletSettings:
    id: str
    wallet_name: str
    custom_css_url: str | Unset
    custom_menu_links: list[GlobalWalletSettingsCreateRequestCustomMenuLinks] | Unset
    enable_login_with_external_wallets: bool | Unset
    enabled_at: datetime.datetime | None | Unset
    popup_page_title: str | Unset
    privacy_policy_url: str | Unset
    terms_of_service_and_privacy_policy_markdown: str | Unset
    terms_of_service_url: str | Unset
    wallet_icon_url: str | Unset
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
        id: str,
        wallet_name: str,
        custom_css_url: str | Unset = UNSET,
        custom_menu_links: list[GlobalWalletSettingsCreateRequestCustomMenuLinks] | Unset = UNSET,
        enable_login_with_external_wallets: bool | Unset = UNSET,
        enabled_at: datetime.datetime | None | Unset = UNSET,
        popup_page_title: str | Unset = UNSET,
        privacy_policy_url: str | Unset = UNSET,
        terms_of_service_and_privacy_policy_markdown: str | Unset = UNSET,
        terms_of_service_url: str | Unset = UNSET,
        wallet_icon_url: str | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "id": id,
                "wallet_name": wallet_name,
                "custom_css_url": custom_css_url,
                "custom_menu_links": custom_menu_links,
                "enable_login_with_external_wallets": enable_login_with_external_wallets,
                "enabled_at": enabled_at,
                "popup_page_title": popup_page_title,
                "privacy_policy_url": privacy_policy_url,
                "terms_of_service_and_privacy_policy_markdown": terms_of_service_and_privacy_policy_markdown,
                "terms_of_service_url": terms_of_service_url,
                "wallet_icon_url": wallet_icon_url,
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
            raise not_an_object("GlobalWalletSettings", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("GlobalWalletSettings", _REQUIRED, src_dict)
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
        if "id" in cache:
            id = self.id
            field_dict["id"] = id
        elif "id" in raw:
            field_dict["id"] = raw["id"]
        if "wallet_name" in cache:
            wallet_name = self.wallet_name
            field_dict["walletName"] = wallet_name
        elif "walletName" in raw:
            field_dict["walletName"] = raw["walletName"]
        if "custom_css_url" in cache:
            custom_css_url = self.custom_css_url
            if custom_css_url is not UNSET:
                field_dict["customCssUrl"] = custom_css_url
        elif "customCssUrl" in raw:
            field_dict["customCssUrl"] = raw["customCssUrl"]
        if "custom_menu_links" in cache:
            custom_menu_links: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.custom_menu_links, Unset):
                custom_menu_links = []
                for custom_menu_links_item_data in self.custom_menu_links:
                    custom_menu_links_item = custom_menu_links_item_data.to_dict()
                    custom_menu_links.append(custom_menu_links_item)

            if custom_menu_links is not UNSET:
                field_dict["customMenuLinks"] = custom_menu_links
        elif "customMenuLinks" in raw:
            field_dict["customMenuLinks"] = raw["customMenuLinks"]
        if "enable_login_with_external_wallets" in cache:
            enable_login_with_external_wallets = self.enable_login_with_external_wallets
            if enable_login_with_external_wallets is not UNSET:
                field_dict["enableLoginWithExternalWallets"] = enable_login_with_external_wallets
        elif "enableLoginWithExternalWallets" in raw:
            field_dict["enableLoginWithExternalWallets"] = raw["enableLoginWithExternalWallets"]
        if "enabled_at" in cache:
            enabled_at: None | str | Unset
            if isinstance(self.enabled_at, Unset):
                enabled_at = UNSET
            elif isinstance(self.enabled_at, datetime.datetime):
                enabled_at = self.enabled_at.isoformat()
            else:
                enabled_at = self.enabled_at
            if enabled_at is not UNSET:
                field_dict["enabledAt"] = enabled_at
        elif "enabledAt" in raw:
            field_dict["enabledAt"] = raw["enabledAt"]
        if "popup_page_title" in cache:
            popup_page_title = self.popup_page_title
            if popup_page_title is not UNSET:
                field_dict["popupPageTitle"] = popup_page_title
        elif "popupPageTitle" in raw:
            field_dict["popupPageTitle"] = raw["popupPageTitle"]
        if "privacy_policy_url" in cache:
            privacy_policy_url = self.privacy_policy_url
            if privacy_policy_url is not UNSET:
                field_dict["privacyPolicyUrl"] = privacy_policy_url
        elif "privacyPolicyUrl" in raw:
            field_dict["privacyPolicyUrl"] = raw["privacyPolicyUrl"]
        if "terms_of_service_and_privacy_policy_markdown" in cache:
            terms_of_service_and_privacy_policy_markdown = (
                self.terms_of_service_and_privacy_policy_markdown
            )
            if terms_of_service_and_privacy_policy_markdown is not UNSET:
                field_dict["termsOfServiceAndPrivacyPolicyMarkdown"] = (
                    terms_of_service_and_privacy_policy_markdown
                )
        elif "termsOfServiceAndPrivacyPolicyMarkdown" in raw:
            field_dict["termsOfServiceAndPrivacyPolicyMarkdown"] = raw[
                "termsOfServiceAndPrivacyPolicyMarkdown"
            ]
        if "terms_of_service_url" in cache:
            terms_of_service_url = self.terms_of_service_url
            if terms_of_service_url is not UNSET:
                field_dict["termsOfServiceUrl"] = terms_of_service_url
        elif "termsOfServiceUrl" in raw:
            field_dict["termsOfServiceUrl"] = raw["termsOfServiceUrl"]
        if "wallet_icon_url" in cache:
            wallet_icon_url = self.wallet_icon_url
            if wallet_icon_url is not UNSET:
                field_dict["walletIconUrl"] = wallet_icon_url
        elif "walletIconUrl" in raw:
            field_dict["walletIconUrl"] = raw["walletIconUrl"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.id,
            self.wallet_name,
            self.custom_css_url,
            self.custom_menu_links,
            self.enable_login_with_external_wallets,
            self.enabled_at,
            self.popup_page_title,
            self.privacy_policy_url,
            self.terms_of_service_and_privacy_policy_markdown,
            self.terms_of_service_url,
            self.wallet_icon_url,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, GlobalWalletSettings)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"GlobalWalletSettings("
            f"id={self.id!r}, "
            f"wallet_name={self.wallet_name!r}, "
            f"custom_css_url={self.custom_css_url!r}, "
            f"custom_menu_links={self.custom_menu_links!r}, "
            f"enable_login_with_external_wallets={self.enable_login_with_external_wallets!r}, "
            f"enabled_at={self.enabled_at!r}, "
            f"popup_page_title={self.popup_page_title!r}, "
            f"privacy_policy_url={self.privacy_policy_url!r}, "
            f"terms_of_service_and_privacy_policy_markdown={self.terms_of_service_and_privacy_policy_markdown!r}, "
            f"terms_of_service_url={self.terms_of_service_url!r}, "
            f"wallet_icon_url={self.wallet_icon_url!r}, "
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
    "custom_menu_links": lambda value: [
        GlobalWalletSettingsCreateRequestCustomMenuLinks.from_dict(item0_) for item0_ in value
    ],
    "enabled_at": lambda value: None if value is None else datetime.datetime.fromisoformat(value),
}
for _name, _key in _WIRE.items():
    setattr(GlobalWalletSettings, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(GlobalWalletSettings, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.global_wallet_settings_create_request_custom_menu_links import (
    GlobalWalletSettingsCreateRequestCustomMenuLinks,  # noqa: E402
)
