from __future__ import annotations

import datetime
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.billing_subscription_plan_type_enum import BillingSubscriptionPlanTypeEnum
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

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
_REQUIRED: tuple[str, ...] = (
    "hasPaymentMethod",
    "inTrial",
    "planType",
    "scope",
    "version",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "has_payment_method": "hasPaymentMethod",
    "in_trial": "inTrial",
    "plan_type": "planType",
    "scope": "scope",
    "version": "version",
    "billing_portal_add_payment_method_url": "billingPortalAddPaymentMethodUrl",
    "billing_portal_url": "billingPortalUrl",
    "coupons": "coupons",
    "current_billing_period": "currentBillingPeriod",
    "should_lock_environment_switch": "shouldLockEnvironmentSwitch",
    "trial_days_left": "trialDaysLeft",
    "trial_end": "trialEnd",
    "trial_start": "trialStart",
}


class BillingSubscription:
    has_payment_method: bool
    in_trial: bool
    plan_type: BillingSubscriptionPlanTypeEnum
    scope: list[str]
    version: str
    billing_portal_add_payment_method_url: str | Unset
    billing_portal_url: str | Unset
    coupons: list[BillingSubscriptionCoupon] | Unset
    current_billing_period: BillingSubscriptionPeriod | Unset
    should_lock_environment_switch: bool | Unset
    trial_days_left: float | Unset
    trial_end: datetime.datetime | Unset
    trial_start: datetime.datetime | Unset
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
        has_payment_method: bool,
        in_trial: bool,
        plan_type: BillingSubscriptionPlanTypeEnum,
        scope: list[str],
        version: str,
        billing_portal_add_payment_method_url: str | Unset = UNSET,
        billing_portal_url: str | Unset = UNSET,
        coupons: list[BillingSubscriptionCoupon] | Unset = UNSET,
        current_billing_period: BillingSubscriptionPeriod | Unset = UNSET,
        should_lock_environment_switch: bool | Unset = UNSET,
        trial_days_left: float | Unset = UNSET,
        trial_end: datetime.datetime | Unset = UNSET,
        trial_start: datetime.datetime | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "has_payment_method": has_payment_method,
                "in_trial": in_trial,
                "plan_type": plan_type,
                "scope": scope,
                "version": version,
                "billing_portal_add_payment_method_url": billing_portal_add_payment_method_url,
                "billing_portal_url": billing_portal_url,
                "coupons": coupons,
                "current_billing_period": current_billing_period,
                "should_lock_environment_switch": should_lock_environment_switch,
                "trial_days_left": trial_days_left,
                "trial_end": trial_end,
                "trial_start": trial_start,
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
            raise not_an_object("BillingSubscription", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("BillingSubscription", _REQUIRED, src_dict)
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
        if "has_payment_method" in cache:
            has_payment_method = self.has_payment_method
            field_dict["hasPaymentMethod"] = has_payment_method
        elif "hasPaymentMethod" in raw:
            field_dict["hasPaymentMethod"] = raw["hasPaymentMethod"]
        if "in_trial" in cache:
            in_trial = self.in_trial
            field_dict["inTrial"] = in_trial
        elif "inTrial" in raw:
            field_dict["inTrial"] = raw["inTrial"]
        if "plan_type" in cache:
            plan_type = self.plan_type.value
            field_dict["planType"] = plan_type
        elif "planType" in raw:
            field_dict["planType"] = raw["planType"]
        if "scope" in cache:
            scope = self.scope

            field_dict["scope"] = scope
        elif "scope" in raw:
            field_dict["scope"] = raw["scope"]
        if "version" in cache:
            version = self.version
            field_dict["version"] = version
        elif "version" in raw:
            field_dict["version"] = raw["version"]
        if "billing_portal_add_payment_method_url" in cache:
            billing_portal_add_payment_method_url = self.billing_portal_add_payment_method_url
            if billing_portal_add_payment_method_url is not UNSET:
                field_dict["billingPortalAddPaymentMethodUrl"] = (
                    billing_portal_add_payment_method_url
                )
        elif "billingPortalAddPaymentMethodUrl" in raw:
            field_dict["billingPortalAddPaymentMethodUrl"] = raw["billingPortalAddPaymentMethodUrl"]
        if "billing_portal_url" in cache:
            billing_portal_url = self.billing_portal_url
            if billing_portal_url is not UNSET:
                field_dict["billingPortalUrl"] = billing_portal_url
        elif "billingPortalUrl" in raw:
            field_dict["billingPortalUrl"] = raw["billingPortalUrl"]
        if "coupons" in cache:
            coupons: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.coupons, Unset):
                coupons = []
                for coupons_item_data in self.coupons:
                    coupons_item = coupons_item_data.to_dict()
                    coupons.append(coupons_item)

            if coupons is not UNSET:
                field_dict["coupons"] = coupons
        elif "coupons" in raw:
            field_dict["coupons"] = raw["coupons"]
        if "current_billing_period" in cache:
            current_billing_period: dict[str, Any] | Unset = UNSET
            if not isinstance(self.current_billing_period, Unset):
                current_billing_period = self.current_billing_period.to_dict()
            if current_billing_period is not UNSET:
                field_dict["currentBillingPeriod"] = current_billing_period
        elif "currentBillingPeriod" in raw:
            field_dict["currentBillingPeriod"] = raw["currentBillingPeriod"]
        if "should_lock_environment_switch" in cache:
            should_lock_environment_switch = self.should_lock_environment_switch
            if should_lock_environment_switch is not UNSET:
                field_dict["shouldLockEnvironmentSwitch"] = should_lock_environment_switch
        elif "shouldLockEnvironmentSwitch" in raw:
            field_dict["shouldLockEnvironmentSwitch"] = raw["shouldLockEnvironmentSwitch"]
        if "trial_days_left" in cache:
            trial_days_left = self.trial_days_left
            if trial_days_left is not UNSET:
                field_dict["trialDaysLeft"] = trial_days_left
        elif "trialDaysLeft" in raw:
            field_dict["trialDaysLeft"] = raw["trialDaysLeft"]
        if "trial_end" in cache:
            trial_end: str | Unset = UNSET
            if not isinstance(self.trial_end, Unset):
                trial_end = self.trial_end.isoformat()
            if trial_end is not UNSET:
                field_dict["trialEnd"] = trial_end
        elif "trialEnd" in raw:
            field_dict["trialEnd"] = raw["trialEnd"]
        if "trial_start" in cache:
            trial_start: str | Unset = UNSET
            if not isinstance(self.trial_start, Unset):
                trial_start = self.trial_start.isoformat()
            if trial_start is not UNSET:
                field_dict["trialStart"] = trial_start
        elif "trialStart" in raw:
            field_dict["trialStart"] = raw["trialStart"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.has_payment_method,
            self.in_trial,
            self.plan_type,
            self.scope,
            self.version,
            self.billing_portal_add_payment_method_url,
            self.billing_portal_url,
            self.coupons,
            self.current_billing_period,
            self.should_lock_environment_switch,
            self.trial_days_left,
            self.trial_end,
            self.trial_start,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, BillingSubscription)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"BillingSubscription("
            f"has_payment_method={self.has_payment_method!r}, "
            f"in_trial={self.in_trial!r}, "
            f"plan_type={self.plan_type!r}, "
            f"scope={self.scope!r}, "
            f"version={self.version!r}, "
            f"billing_portal_add_payment_method_url={self.billing_portal_add_payment_method_url!r}, "
            f"billing_portal_url={self.billing_portal_url!r}, "
            f"coupons={self.coupons!r}, "
            f"current_billing_period={self.current_billing_period!r}, "
            f"should_lock_environment_switch={self.should_lock_environment_switch!r}, "
            f"trial_days_left={self.trial_days_left!r}, "
            f"trial_end={self.trial_end!r}, "
            f"trial_start={self.trial_start!r}, "
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
    "plan_type": lambda value: BillingSubscriptionPlanTypeEnum.from_value(value),
    "coupons": lambda value: [BillingSubscriptionCoupon.from_dict(item0_) for item0_ in value],
    "current_billing_period": lambda value: BillingSubscriptionPeriod.from_dict(value),
    "trial_end": lambda value: datetime.datetime.fromisoformat(value),
    "trial_start": lambda value: datetime.datetime.fromisoformat(value),
}
for _name, _key in _WIRE.items():
    setattr(BillingSubscription, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(BillingSubscription, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.billing_subscription_coupon import BillingSubscriptionCoupon  # noqa: E402
from ..models.billing_subscription_period import BillingSubscriptionPeriod  # noqa: E402
