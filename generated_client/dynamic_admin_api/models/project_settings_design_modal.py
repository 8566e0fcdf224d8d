from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "border",
        "brand",
        "displayOrder",
        "emailOnly",
        "emailSubmitButtonInsideInput",
        "primaryColor",
        "radius",
        "showWalletsButton",
        "socialAboveEmail",
        "splitEmailAndSocial",
        "template",
        "theme",
        "view",
    )
)


@_attrs_define
class ProjectSettingsDesignModal:
    border: str | Unset = UNSET
    brand: str | Unset = UNSET
    display_order: list[str] | Unset = UNSET
    email_only: bool | Unset = UNSET
    email_submit_button_inside_input: bool | Unset = UNSET
    primary_color: str | Unset = UNSET
    radius: float | Unset = UNSET
    show_wallets_button: bool | Unset = UNSET
    social_above_email: bool | Unset = UNSET
    split_email_and_social: bool | Unset = UNSET
    template: str | Unset = UNSET
    theme: str | Unset = UNSET
    view: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        border = self.border

        brand = self.brand

        display_order: list[str] | Unset = UNSET
        if not isinstance(self.display_order, Unset):
            display_order = self.display_order

        email_only = self.email_only

        email_submit_button_inside_input = self.email_submit_button_inside_input

        primary_color = self.primary_color

        radius = self.radius

        show_wallets_button = self.show_wallets_button

        social_above_email = self.social_above_email

        split_email_and_social = self.split_email_and_social

        template = self.template

        theme = self.theme

        view = self.view

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if border is not UNSET:
            field_dict["border"] = border
        if brand is not UNSET:
            field_dict["brand"] = brand
        if display_order is not UNSET:
            field_dict["displayOrder"] = display_order
        if email_only is not UNSET:
            field_dict["emailOnly"] = email_only
        if email_submit_button_inside_input is not UNSET:
            field_dict["emailSubmitButtonInsideInput"] = email_submit_button_inside_input
        if primary_color is not UNSET:
            field_dict["primaryColor"] = primary_color
        if radius is not UNSET:
            field_dict["radius"] = radius
        if show_wallets_button is not UNSET:
            field_dict["showWalletsButton"] = show_wallets_button
        if social_above_email is not UNSET:
            field_dict["socialAboveEmail"] = social_above_email
        if split_email_and_social is not UNSET:
            field_dict["splitEmailAndSocial"] = split_email_and_social
        if template is not UNSET:
            field_dict["template"] = template
        if theme is not UNSET:
            field_dict["theme"] = theme
        if view is not UNSET:
            field_dict["view"] = view

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        instance_ = cls(
            border=get("border", UNSET),
            brand=get("brand", UNSET),
            display_order=get("displayOrder", UNSET),
            email_only=get("emailOnly", UNSET),
            email_submit_button_inside_input=get("emailSubmitButtonInsideInput", UNSET),
            primary_color=get("primaryColor", UNSET),
            radius=get("radius", UNSET),
            show_wallets_button=get("showWalletsButton", UNSET),
            social_above_email=get("socialAboveEmail", UNSET),
            split_email_and_social=get("splitEmailAndSocial", UNSET),
            template=get("template", UNSET),
            theme=get("theme", UNSET),
            view=get("view", UNSET),
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
