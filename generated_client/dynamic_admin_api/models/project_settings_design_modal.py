from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..types import UNSET, LazyExtraFields, LazyField, Unset, not_an_object

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

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "border": "border",
    "brand": "brand",
    "display_order": "displayOrder",
    "email_only": "emailOnly",
    "email_submit_button_inside_input": "emailSubmitButtonInsideInput",
    "primary_color": "primaryColor",
    "radius": "radius",
    "show_wallets_button": "showWalletsButton",
    "social_above_email": "socialAboveEmail",
    "split_email_and_social": "splitEmailAndSocial",
    "template": "template",
    "theme": "theme",
    "view": "view",
}


class ProjectSettingsDesignModal:
    border: str | Unset
    brand: str | Unset
    display_order: list[str] | Unset
    email_only: bool | Unset
    email_submit_button_inside_input: bool | Unset
    primary_color: str | Unset
    radius: float | Unset
    show_wallets_button: bool | Unset
    social_above_email: bool | Unset
    split_email_and_social: bool | Unset
    template: str | Unset
    theme: str | Unset
    view: str | Unset
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
        border: str | Unset = UNSET,
        brand: str | Unset = UNSET,
        display_order: list[str] | Unset = UNSET,
        email_only: bool | Unset = UNSET,
        email_submit_button_inside_input: bool | Unset = UNSET,
        primary_color: str | Unset = UNSET,
        radius: float | Unset = UNSET,
        show_wallets_button: bool | Unset = UNSET,
        social_above_email: bool | Unset = UNSET,
        split_email_and_social: bool | Unset = UNSET,
        template: str | Unset = UNSET,
        theme: str | Unset = UNSET,
        view: str | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "border": border,
                "brand": brand,
                "display_order": display_order,
                "email_only": email_only,
                "email_submit_button_inside_input": email_submit_button_inside_input,
                "primary_color": primary_color,
                "radius": radius,
                "show_wallets_button": show_wallets_button,
                "social_above_email": social_above_email,
                "split_email_and_social": split_email_and_social,
                "template": template,
                "theme": theme,
                "view": view,
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
            raise not_an_object("ProjectSettingsDesignModal", src_dict)
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
        if "border" in cache:
            border = self.border
            if border is not UNSET:
                field_dict["border"] = border
        elif "border" in raw:
            field_dict["border"] = raw["border"]
        if "brand" in cache:
            brand = self.brand
            if brand is not UNSET:
                field_dict["brand"] = brand
        elif "brand" in raw:
            field_dict["brand"] = raw["brand"]
        if "display_order" in cache:
            display_order: list[str] | Unset = UNSET
            if not isinstance(self.display_order, Unset):
                display_order = self.display_order

            if display_order is not UNSET:
                field_dict["displayOrder"] = display_order
        elif "displayOrder" in raw:
            field_dict["displayOrder"] = raw["displayOrder"]
        if "email_only" in cache:
            email_only = self.email_only
            if email_only is not UNSET:
                field_dict["emailOnly"] = email_only
        elif "emailOnly" in raw:
            field_dict["emailOnly"] = raw["emailOnly"]
        if "email_submit_button_inside_input" in cache:
            email_submit_button_inside_input = self.email_submit_button_inside_input
            if email_submit_button_inside_input is not UNSET:
                field_dict["emailSubmitButtonInsideInput"] = email_submit_button_inside_input
        elif "emailSubmitButtonInsideInput" in raw:
            field_dict["emailSubmitButtonInsideInput"] = raw["emailSubmitButtonInsideInput"]
        if "primary_color" in cache:
            primary_color = self.primary_color
            if primary_color is not UNSET:
                field_dict["primaryColor"] = primary_color
        elif "primaryColor" in raw:
            field_dict["primaryColor"] = raw["primaryColor"]
        if "radius" in cache:
            radius = self.radius
            if radius is not UNSET:
                field_dict["radius"] = radius
        elif "radius" in raw:
            field_dict["radius"] = raw["radius"]
        if "show_wallets_button" in cache:
            show_wallets_button = self.show_wallets_button
            if show_wallets_button is not UNSET:
                field_dict["showWalletsButton"] = show_wallets_button
        elif "showWalletsButton" in raw:
            field_dict["showWalletsButton"] = raw["showWalletsButton"]
        if "social_above_email" in cache:
            social_above_email = self.social_above_email
            if social_above_email is not UNSET:
                field_dict["socialAboveEmail"] = social_above_email
        elif "socialAboveEmail" in raw:
            field_dict["socialAboveEmail"] = raw["socialAboveEmail"]
        if "split_email_and_social" in cache:
            split_email_and_social = self.split_email_and_social
            if split_email_and_social is not UNSET:
                field_dict["splitEmailAndSocial"] = split_email_and_social
        elif "splitEmailAndSocial" in raw:
            field_dict["splitEmailAndSocial"] = raw["splitEmailAndSocial"]
        if "template" in cache:
            template = self.template
            if template is not UNSET:
                field_dict["template"] = template
        elif "template" in raw:
            field_dict["template"] = raw["template"]
        if "theme" in cache:
            theme = self.theme
            if theme is not UNSET:
                field_dict["theme"] = theme
        elif "theme" in raw:
            field_dict["theme"] = raw["theme"]
        if "view" in cache:
            view = self.view
            if view is not UNSET:
                field_dict["view"] = view
        elif "view" in raw:
            field_dict["view"] = raw["view"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.border,
            self.brand,
            self.display_order,
            self.email_only,
            self.email_submit_button_inside_input,
            self.primary_color,
            self.radius,
            self.show_wallets_button,
            self.social_above_email,
            self.split_email_and_social,
            self.template,
            self.theme,
            self.view,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, ProjectSettingsDesignModal)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"ProjectSettingsDesignModal("
            f"border={self.border!r}, "
            f"brand={self.brand!r}, "
            f"display_order={self.display_order!r}, "
            f"email_only={self.email_only!r}, "
            f"email_submit_button_inside_input={self.email_submit_button_inside_input!r}, "
            f"primary_color={self.primary_color!r}, "
            f"radius={self.radius!r}, "
            f"show_wallets_button={self.show_wallets_button!r}, "
            f"social_above_email={self.social_above_email!r}, "
            f"split_email_and_social={self.split_email_and_social!r}, "
            f"template={self.template!r}, "
            f"theme={self.theme!r}, "
            f"view={self.view!r}, "
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
_DECODE: dict[str, Callable[[Any], Any]] = {}
for _name, _key in _WIRE.items():
    setattr(ProjectSettingsDesignModal, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(ProjectSettingsDesignModal, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))
