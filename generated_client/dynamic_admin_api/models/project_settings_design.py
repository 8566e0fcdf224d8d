from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "button",
        "modal",
        "widget",
    )
)


@_attrs_define
class ProjectSettingsDesign:
    button: ProjectSettingsDesignButton | Unset = UNSET
    modal: ProjectSettingsDesignModal | Unset = UNSET
    widget: ProjectSettingsDesignWidget | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        button: dict[str, Any] | Unset = UNSET
        if not isinstance(self.button, Unset):
            button = self.button.to_dict()

        modal: dict[str, Any] | Unset = UNSET
        if not isinstance(self.modal, Unset):
            modal = self.modal.to_dict()

        widget: dict[str, Any] | Unset = UNSET
        if not isinstance(self.widget, Unset):
            widget = self.widget.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if button is not UNSET:
            field_dict["button"] = button
        if modal is not UNSET:
            field_dict["modal"] = modal
        if widget is not UNSET:
            field_dict["widget"] = widget

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        button_ = get("button", UNSET)
        modal_ = get("modal", UNSET)
        widget_ = get("widget", UNSET)
        instance_ = cls(
            button=UNSET if button_ is UNSET else ProjectSettingsDesignButton.from_dict(button_),
            modal=UNSET if modal_ is UNSET else ProjectSettingsDesignModal.from_dict(modal_),
            widget=UNSET if widget_ is UNSET else ProjectSettingsDesignWidget.from_dict(widget_),
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
from ..models.project_settings_design_button import ProjectSettingsDesignButton  # noqa: E402
from ..models.project_settings_design_modal import ProjectSettingsDesignModal  # noqa: E402
from ..models.project_settings_design_widget import ProjectSettingsDesignWidget  # noqa: E402
