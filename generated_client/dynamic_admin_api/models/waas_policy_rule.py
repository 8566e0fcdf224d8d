from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.waas_chain_enum import WaasChainEnum
from ..models.waas_policy_rule_type import WaasPolicyRuleType
from ..types import UNSET, Unset

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


@_attrs_define
class WaasPolicyRule:
    chain: WaasChainEnum
    name: str
    rule_type: WaasPolicyRuleType
    address: None | str | Unset = UNSET
    addresses: list[str] | Unset = UNSET
    argument_constraints: list[WaasPolicyArgumentConstraint] | Unset = UNSET
    chain_id: float | Unset = UNSET
    chain_ids: list[float] | Unset = UNSET
    contract_abi: list[WaasPolicyRuleContractAbiItem] | Unset = UNSET
    function_name: str | Unset = UNSET
    operation_restrictions: WaasPolicyRuleOperationRestrictions | Unset = UNSET
    rule_id: str | Unset = UNSET
    value_limit: WaasPolicyRuleValueLimit | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        chain = self.chain.value

        name = self.name

        rule_type = self.rule_type.value

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        addresses: list[str] | Unset = UNSET
        if not isinstance(self.addresses, Unset):
            addresses = self.addresses

        argument_constraints: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.argument_constraints, Unset):
            argument_constraints = []
            for argument_constraints_item_data in self.argument_constraints:
                argument_constraints_item = argument_constraints_item_data.to_dict()
                argument_constraints.append(argument_constraints_item)

        chain_id = self.chain_id

        chain_ids: list[float] | Unset = UNSET
        if not isinstance(self.chain_ids, Unset):
            chain_ids = self.chain_ids

        contract_abi: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.contract_abi, Unset):
            contract_abi = []
            for contract_abi_item_data in self.contract_abi:
                contract_abi_item = contract_abi_item_data.to_dict()
                contract_abi.append(contract_abi_item)

        function_name = self.function_name

        operation_restrictions: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operation_restrictions, Unset):
            operation_restrictions = self.operation_restrictions.to_dict()

        rule_id = self.rule_id

        value_limit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.value_limit, Unset):
            value_limit = self.value_limit.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "chain": chain,
                "name": name,
                "ruleType": rule_type,
            }
        )
        if address is not UNSET:
            field_dict["address"] = address
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if argument_constraints is not UNSET:
            field_dict["argumentConstraints"] = argument_constraints
        if chain_id is not UNSET:
            field_dict["chainId"] = chain_id
        if chain_ids is not UNSET:
            field_dict["chainIds"] = chain_ids
        if contract_abi is not UNSET:
            field_dict["contractAbi"] = contract_abi
        if function_name is not UNSET:
            field_dict["functionName"] = function_name
        if operation_restrictions is not UNSET:
            field_dict["operationRestrictions"] = operation_restrictions
        if rule_id is not UNSET:
            field_dict["ruleId"] = rule_id
        if value_limit is not UNSET:
            field_dict["valueLimit"] = value_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Build from a decoded JSON object; unknown keys go to ``additional_properties``.

        Raises:
            KeyError: a required field is missing (the key names the wire field).
        """
        get = src_dict.get
        argument_constraints_ = get("argumentConstraints", UNSET)
        contract_abi_ = get("contractAbi", UNSET)
        operation_restrictions_ = get("operationRestrictions", UNSET)
        value_limit_ = get("valueLimit", UNSET)
        instance_ = cls(
            chain=WaasChainEnum.from_value(src_dict["chain"]),
            name=src_dict["name"],
            rule_type=WaasPolicyRuleType.from_value(src_dict["ruleType"]),
            address=get("address", UNSET),
            addresses=get("addresses", UNSET),
            argument_constraints=UNSET
            if argument_constraints_ is UNSET
            else [
                WaasPolicyArgumentConstraint.from_dict(item0_) for item0_ in argument_constraints_
            ],
            chain_id=get("chainId", UNSET),
            chain_ids=get("chainIds", UNSET),
            contract_abi=UNSET
            if contract_abi_ is UNSET
            else [WaasPolicyRuleContractAbiItem.from_dict(item0_) for item0_ in contract_abi_],
            function_name=get("functionName", UNSET),
            operation_restrictions=UNSET
            if operation_restrictions_ is UNSET
            else WaasPolicyRuleOperationRestrictions.from_dict(operation_restrictions_),
            rule_id=get("ruleId", UNSET),
            value_limit=UNSET
            if value_limit_ is UNSET
            else WaasPolicyRuleValueLimit.from_dict(value_limit_),
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
from ..models.waas_policy_argument_constraint import WaasPolicyArgumentConstraint  # noqa: E402
from ..models.waas_policy_rule_contract_abi_item import WaasPolicyRuleContractAbiItem  # noqa: E402
from ..models.waas_policy_rule_operation_restrictions import WaasPolicyRuleOperationRestrictions  # noqa: E402
from ..models.waas_policy_rule_value_limit import WaasPolicyRuleValueLimit  # noqa: E402
