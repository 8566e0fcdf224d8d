from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_subscription_plan_type_enum import BillingSubscriptionPlanTypeEnum
from ..types import UNSET, Unset

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "hasPaymentMethod",
        "inTrial",
        "planType",
        "scope",
        "version",
        "billingPortalAddPaymentMethodUrl",
        "billingPortalUrl",
        "coupons",
        "currentBillingPeriod",
        "shouldLockEnvironmentSwitch",
        "trialDaysLeft",
        "trialEnd",
        "trialStart",
    )
)


@_attrs_define
class BillingSubscription:
    has_payment_method: bool
    in_trial: bool
    plan_type: BillingSubscriptionPlanTypeEnum
    scope: list[str]
    version: str
    billing_portal_add_payment_method_url: str | Unset = UNSET
    billing_portal_url: str | Unset = UNSET
    coupons: list[BillingSubscriptionCoupon] | Unset = UNSET
    current_billing_period: BillingSubscriptionPeriod | Unset = UNSET
    should_lock_environment_switch: bool | Unset = UNSET
    trial_days_left: float | Unset = UNSET
    trial_end: datetime.datetime | Unset = UNSET
    trial_start: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_payment_method = self.has_payment_method

        in_trial = self.in_trial

        plan_type = self.plan_type.value

        scope = self.scope

        version = self.version

        billing_portal_add_payment_method_url = self.billing_portal_add_payment_method_url

        billing_portal_url = self.billing_portal_url

        coupons: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.coupons, Unset):
            coupons = []
            for coupons_item_data in self.coupons:
                coupons_item = coupons_item_data.to_dict()
                coupons.append(coupons_item)

        current_billing_period: dict[str, Any] | Unset = UNSET
        if not isinstance(self.current_billing_period, Unset):
            current_billing_period = self.current_billing_period.to_dict()

        should_lock_environment_switch = self.should_lock_environment_switch

        trial_days_left = self.trial_days_left

        trial_end: str | Unset = UNSET
        if not isinstance(self.trial_end, Unset):
            trial_end = self.trial_end.isoformat()

        trial_start: str | Unset = UNSET
        if not isinstance(self.trial_start, Unset):
            trial_start = self.trial_start.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hasPaymentMethod": has_payment_method,
                "inTrial": in_trial,
                "planType": plan_type,
                "scope": scope,
                "version": version,
            }
        )
        if billing_portal_add_payment_method_url is not UNSET:
            field_dict["billingPortalAddPaymentMethodUrl"] = billing_portal_add_payment_method_url
        if billing_portal_url is not UNSET:
            field_dict["billingPortalUrl"] = billing_portal_url
        if coupons is not UNSET:
            field_dict["coupons"] = coupons
        if current_billing_period is not UNSET:
            field_dict["currentBillingPeriod"] = current_billing_period
        if should_lock_environment_switch is not UNSET:
            field_dict["shouldLockEnvironmentSwitch"] = should_lock_environment_switch
        if trial_days_left is not UNSET:
            field_dict["trialDaysLeft"] = trial_days_left
        if trial_end is not UNSET:
            field_dict["trialEnd"] = trial_end
        if trial_start is not UNSET:
            field_dict["trialStart"] = trial_start

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        coupons_ = get("coupons", UNSET)
        current_billing_period_ = get("currentBillingPeriod", UNSET)
        trial_end_ = get("trialEnd", UNSET)
        trial_start_ = get("trialStart", UNSET)
        instance_ = cls(
            has_payment_method=src_dict["hasPaymentMethod"],
            in_trial=src_dict["inTrial"],
            plan_type=BillingSubscriptionPlanTypeEnum.from_value(src_dict["planType"]),
            scope=src_dict["scope"],
            version=src_dict["version"],
            billing_portal_add_payment_method_url=get("billingPortalAddPaymentMethodUrl", UNSET),
            billing_portal_url=get("billingPortalUrl", UNSET),
            coupons=UNSET
            if coupons_ is UNSET
            else [BillingSubscriptionCoupon.from_dict(item0_) for item0_ in coupons_],
            current_billing_period=UNSET
            if current_billing_period_ is UNSET
            else BillingSubscriptionPeriod.from_dict(current_billing_period_),
            should_lock_environment_switch=get("shouldLockEnvironmentSwitch", UNSET),
            trial_days_left=get("trialDaysLeft", UNSET),
            trial_end=UNSET if trial_end_ is UNSET else datetime.datetime.fromisoformat(trial_end_),
            trial_start=UNSET
            if trial_start_ is UNSET
            else datetime.datetime.fromisoformat(trial_start_),
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
from ..models.billing_subscription_coupon import BillingSubscriptionCoupon  # noqa: E402
from ..models.billing_subscription_period import BillingSubscriptionPeriod  # noqa: E402
