from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Self

from ..models.waas_chain_enum import WaasChainEnum
from ..models.waas_policy_rule_type import WaasPolicyRuleType
from ..types import UNSET, LazyExtraFields, LazyField, Unset, missing_field, not_an_object

_KNOWN_FIELDS: frozenset[str] = frozenset(
    (
        "chain",
        "name",
        "ruleType",
        "address",
        "addresses",
        "argumentConstraints",
        "chainId",
        "chainIds",
        "contractAbi",
        "functionName",
        "operationRestrictions",
        "ruleId",
        "valueLimit",
    )
)
_REQUIRED: tuple[str, ...] = (
    "chain",
    "name",
    "ruleType",
)
_REQUIRED_KEYS: frozenset[str] = frozenset(_REQUIRED)

# Python attribute -> wire name of every field.
_WIRE: dict[str, str] = {
    "chain": "chain",
    "name": "name",
    "rule_type": "ruleType",
    "address": "address",
    "addresses": "addresses",
    "argument_constraints": "argumentConstraints",
    "chain_id": "chainId",
    "chain_ids": "chainIds",
    "contract_abi": "contractAbi",
    "function_name": "functionName",
    "operation_restrictions": "operationRestrictions",
    "rule_id": "ruleId",
    "value_limit": "valueLimit",
}


class WaasPolicyRule:
    chain: WaasChainEnum
    name: str
    rule_type: WaasPolicyRuleType
    address: None | str | Unset
    addresses: list[str] | Unset
    argument_constraints: list[WaasPolicyArgumentConstraint] | Unset
    chain_id: float | Unset
    chain_ids: list[float] | Unset
    contract_abi: list[WaasPolicyRuleContractAbiItem] | Unset
    function_name: str | Unset
    operation_restrictions: WaasPolicyRuleOperationRestrictions | Unset
    rule_id: str | Unset
    value_limit: WaasPolicyRuleValueLimit | Unset
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
        chain: WaasChainEnum,
        name: str,
        rule_type: WaasPolicyRuleType,
        address: None | str | Unset = UNSET,
        addresses: list[str] | Unset = UNSET,
        argument_constraints: list[WaasPolicyArgumentConstraint] | Unset = UNSET,
        chain_id: float | Unset = UNSET,
        chain_ids: list[float] | Unset = UNSET,
        contract_abi: list[WaasPolicyRuleContractAbiItem] | Unset = UNSET,
        function_name: str | Unset = UNSET,
        operation_restrictions: WaasPolicyRuleOperationRestrictions | Unset = UNSET,
        rule_id: str | Unset = UNSET,
        value_limit: WaasPolicyRuleValueLimit | Unset = UNSET,
    ) -> None:
        self.__dict__.update(
            {
                "_raw": {},
                "_stale": True,
                "chain": chain,
                "name": name,
                "rule_type": rule_type,
                "address": address,
                "addresses": addresses,
                "argument_constraints": argument_constraints,
                "chain_id": chain_id,
                "chain_ids": chain_ids,
                "contract_abi": contract_abi,
                "function_name": function_name,
                "operation_restrictions": operation_restrictions,
                "rule_id": rule_id,
                "value_limit": value_limit,
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
            raise not_an_object("WaasPolicyRule", src_dict)
        if not _REQUIRED_KEYS <= src_dict.keys():
            raise missing_field("WaasPolicyRule", _REQUIRED, src_dict)
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
        if "chain" in cache:
            chain = self.chain.value
            field_dict["chain"] = chain
        elif "chain" in raw:
            field_dict["chain"] = raw["chain"]
        if "name" in cache:
            name = self.name
            field_dict["name"] = name
        elif "name" in raw:
            field_dict["name"] = raw["name"]
        if "rule_type" in cache:
            rule_type = self.rule_type.value
            field_dict["ruleType"] = rule_type
        elif "ruleType" in raw:
            field_dict["ruleType"] = raw["ruleType"]
        if "address" in cache:
            address: None | str | Unset
            if isinstance(self.address, Unset):
                address = UNSET
            else:
                address = self.address
            if address is not UNSET:
                field_dict["address"] = address
        elif "address" in raw:
            field_dict["address"] = raw["address"]
        if "addresses" in cache:
            addresses: list[str] | Unset = UNSET
            if not isinstance(self.addresses, Unset):
                addresses = self.addresses

            if addresses is not UNSET:
                field_dict["addresses"] = addresses
        elif "addresses" in raw:
            field_dict["addresses"] = raw["addresses"]
        if "argument_constraints" in cache:
            argument_constraints: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.argument_constraints, Unset):
                argument_constraints = []
                for argument_constraints_item_data in self.argument_constraints:
                    argument_constraints_item = argument_constraints_item_data.to_dict()
                    argument_constraints.append(argument_constraints_item)

            if argument_constraints is not UNSET:
                field_dict["argumentConstraints"] = argument_constraints
        elif "argumentConstraints" in raw:
            field_dict["argumentConstraints"] = raw["argumentConstraints"]
        if "chain_id" in cache:
            chain_id = self.chain_id
            if chain_id is not UNSET:
                field_dict["chainId"] = chain_id
        elif "chainId" in raw:
            field_dict["chainId"] = raw["chainId"]
        if "chain_ids" in cache:
            chain_ids: list[float] | Unset = UNSET
            if not isinstance(self.chain_ids, Unset):
                chain_ids = self.chain_ids

            if chain_ids is not UNSET:
                field_dict["chainIds"] = chain_ids
        elif "chainIds" in raw:
            field_dict["chainIds"] = raw["chainIds"]
        if "contract_abi" in cache:
            contract_abi: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.contract_abi, Unset):
                contract_abi = []
                for contract_abi_item_data in self.contract_abi:
                    contract_abi_item = contract_abi_item_data.to_dict()
                    contract_abi.append(contract_abi_item)

            if contract_abi is not UNSET:
                field_dict["contractAbi"] = contract_abi
        elif "contractAbi" in raw:
            field_dict["contractAbi"] = raw["contractAbi"]
        if "function_name" in cache:
            function_name = self.function_name
            if function_name is not UNSET:
                field_dict["functionName"] = function_name
        elif "functionName" in raw:
            field_dict["functionName"] = raw["functionName"]
        if "operation_restrictions" in cache:
            operation_restrictions: dict[str, Any] | Unset = UNSET
            if not isinstance(self.operation_restrictions, Unset):
                operation_restrictions = self.operation_restrictions.to_dict()
            if operation_restrictions is not UNSET:
                field_dict["operationRestrictions"] = operation_restrictions
        elif "operationRestrictions" in raw:
            field_dict["operationRestrictions"] = raw["operationRestrictions"]
        if "rule_id" in cache:
            rule_id = self.rule_id
            if rule_id is not UNSET:
                field_dict["ruleId"] = rule_id
        elif "ruleId" in raw:
            field_dict["ruleId"] = raw["ruleId"]
        if "value_limit" in cache:
            value_limit: dict[str, Any] | Unset = UNSET
            if not isinstance(self.value_limit, Unset):
                value_limit = self.value_limit.to_dict()
            if value_limit is not UNSET:
                field_dict["valueLimit"] = value_limit
        elif "valueLimit" in raw:
            field_dict["valueLimit"] = raw["valueLimit"]
        return field_dict

    def _astuple(self) -> tuple[Any, ...]:
        return (
            self.chain,
            self.name,
            self.rule_type,
            self.address,
            self.addresses,
            self.argument_constraints,
            self.chain_id,
            self.chain_ids,
            self.contract_abi,
            self.function_name,
            self.operation_restrictions,
            self.rule_id,
            self.value_limit,
            self.additional_properties,
        )

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, WaasPolicyRule)
        if not (self._stale or other._stale) and self._raw == other._raw:
            return True
        return self._astuple() == other._astuple()

    def __repr__(self) -> str:
        return (
            f"WaasPolicyRule("
            f"chain={self.chain!r}, "
            f"name={self.name!r}, "
            f"rule_type={self.rule_type!r}, "
            f"address={self.address!r}, "
            f"addresses={self.addresses!r}, "
            f"argument_constraints={self.argument_constraints!r}, "
            f"chain_id={self.chain_id!r}, "
            f"chain_ids={self.chain_ids!r}, "
            f"contract_abi={self.contract_abi!r}, "
            f"function_name={self.function_name!r}, "
            f"operation_restrictions={self.operation_restrictions!r}, "
            f"rule_id={self.rule_id!r}, "
            f"value_limit={self.value_limit!r}, "
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
    "chain": lambda value: WaasChainEnum.from_value(value),
    "rule_type": lambda value: WaasPolicyRuleType.from_value(value),
    "argument_constraints": lambda value: [
        WaasPolicyArgumentConstraint.from_dict(item0_) for item0_ in value
    ],
    "contract_abi": lambda value: [
        WaasPolicyRuleContractAbiItem.from_dict(item0_) for item0_ in value
    ],
    "operation_restrictions": lambda value: WaasPolicyRuleOperationRestrictions.from_dict(value),
    "value_limit": lambda value: WaasPolicyRuleValueLimit.from_dict(value),
}
for _name, _key in _WIRE.items():
    setattr(WaasPolicyRule, _name, LazyField(_name, _key, _DECODE.get(_name)))
setattr(WaasPolicyRule, "additional_properties", LazyExtraFields(_KNOWN_FIELDS))


# Imported after the class, not lazily inside methods (an import statement per
# parse is measurable): every model module defines its class before importing
# others, so models that refer to each other, even in a cycle, all load.
from ..models.waas_policy_argument_constraint import WaasPolicyArgumentConstraint  # noqa: E402
from ..models.waas_policy_rule_contract_abi_item import WaasPolicyRuleContractAbiItem  # noqa: E402
from ..models.waas_policy_rule_operation_restrictions import WaasPolicyRuleOperationRestrictions  # noqa: E402
from ..models.waas_policy_rule_value_limit import WaasPolicyRuleValueLimit  # noqa: E402
