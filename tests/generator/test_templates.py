"""Each custom template fixes a defect of the stock openapi-python-client output.

Every check runs against the fixture description generated twice: with our
templates it must pass, and with the stock ones it must fail, which proves
the check detects the defect the template fixes.
"""

from __future__ import annotations

import contextlib
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

VARIANTS = ["custom", "stock"]


def expect_defect_in_stock(variant: str) -> contextlib.AbstractContextManager[object]:
    """Nothing for our output; for the stock output, demand the check fail."""
    if variant == "stock":
        return pytest.raises(AssertionError)
    return contextlib.nullcontext()


USER = {
    "id": "6f1c2a9e-0000-4000-8000-000000000001",
    "projectEnvironmentId": "6f1c2a9e-0000-4000-8000-000000000002",
    "createdAt": "2024-05-17T09:21:33.123Z",
    "lastVisit": None,
    "chain": "EVM",
    "wallets": [
        {
            "id": "6f1c2a9e-0000-4000-8000-000000000003",
            "publicKey": "0xabc",
            "chain": "SOL",
            "createdAt": "2024-05-17T09:21:33Z",
        }
    ],
}


@pytest.fixture
def check(
    generated: dict[str, Path], run_python: Callable[[Path, str], str]
) -> Callable[[str, str], str]:
    """Run a check script against one variant of the generated fixture package."""

    def run(variant: str, code: str) -> str:
        with expect_defect_in_stock(variant):
            return run_python(generated[variant], textwrap.dedent(code))
        return ""

    return run


@pytest.mark.parametrize("variant", VARIANTS)
def test_token_not_in_client_repr(
    check: Callable[[str, str], str], variant: str
) -> None:
    """The bearer token never appears in the repr of AuthenticatedClient."""
    check(
        variant,
        """
        from dynamic_admin_api import AuthenticatedClient
        client = AuthenticatedClient(base_url="https://h.test", token="dyn_secret")
        client.get_httpx_client()
        assert "dyn_secret" not in repr(client), repr(client)
        assert client.get_httpx_client().headers["Authorization"] == "Bearer dyn_secret"
        """,
    )


@pytest.mark.parametrize("variant", VARIANTS)
def test_deep_object_query_parameter(
    check: Callable[[str, str], str], variant: str
) -> None:
    """A deepObject parameter is sent as filter[key]=value."""
    check(
        variant,
        """
        import httpx
        from dynamic_admin_api.api.users.get_environment_users import _get_kwargs
        from dynamic_admin_api.models import UserSearchFilterParams
        from dynamic_admin_api.models import UserFilterableFieldsEnum as Column
        search = UserSearchFilterParams(Column.EMAIL, filter_value="a@b.c")
        kwargs = _get_kwargs(environment_id="env", filter_=search, limit=5)
        request = httpx.Client(base_url="https://h").build_request(**kwargs)
        params = dict(request.url.params)
        expected = {"filter[filterColumn]": "email", "filter[filterValue]": "a@b.c"}
        assert params == {**expected, "limit": "5"}, params
        """,
    )


@pytest.mark.parametrize("variant", VARIANTS)
def test_error_statuses_raise(check: Callable[[str, str], str], variant: str) -> None:
    """sync() raises UnexpectedStatus on any non-2xx; it returns the success model."""
    check(
        variant,
        """
        import httpx
        from dynamic_admin_api import AuthenticatedClient, errors
        from dynamic_admin_api.api.users import get_user

        assert "NotFound" not in str(get_user.sync.__annotations__["return"])
        assert "None" not in str(get_user.sync.__annotations__["return"])
        for status in (400, 401, 403, 404, 418, 422, 429, 500, 503):
            reply = httpx.Response(status, json={"error": "no"})
            transport = httpx.MockTransport(lambda request: reply)
            client = AuthenticatedClient(base_url="https://h", token="t")
            http = httpx.Client(base_url="https://h", transport=transport)
            client.set_httpx_client(http)
            try:
                result = get_user.sync(environment_id="e", user_id="u", client=client)
            except errors.UnexpectedStatus as exc:
                assert exc.status_code == status
            else:
                raise AssertionError(f"{status} returned {result!r}")
        """,
    )


@pytest.mark.parametrize("variant", VARIANTS)
def test_unknown_enum_value_and_field(
    check: Callable[[str, str], str], variant: str
) -> None:
    """Unknown enum values and unknown fields in a response parse without error."""
    check(
        variant,
        f"""
        from dynamic_admin_api.models import ChainEnum, User
        data = {USER!r}
        data["chain"] = "NEWCHAIN"
        data["brandNewField"] = {{"x": 1}}
        user = User.from_dict(data)
        assert user.chain == "NEWCHAIN" and isinstance(user.chain, ChainEnum)
        assert not user.chain.is_known and ChainEnum.EVM.is_known
        assert user.additional_properties == {{"brandNewField": {{"x": 1}}}}
        assert "NEWCHAIN" not in [member.value for member in ChainEnum]
        """,
    )


@pytest.mark.parametrize("variant", VARIANTS)
def test_models_load_lazily(check: Callable[[str, str], str], variant: str) -> None:
    """Importing the package or its models package loads no model module."""
    check(
        variant,
        """
        import sys
        import dynamic_admin_api.models
        import dynamic_admin_api.api.users
        loaded = [m for m in sys.modules if m.startswith("dynamic_admin_api.models.")]
        assert not loaded, loaded
        from dynamic_admin_api.models import User, Wallet
        assert User.__module__ == "dynamic_admin_api.models.user"
        assert "Wallet" in dir(dynamic_admin_api.models)
        """,
    )


@pytest.mark.parametrize("variant", VARIANTS)
def test_raw_client_loads_on_first_use(
    check: Callable[[str, str], str], variant: str
) -> None:
    """Importing the package skips its attrs-based clients until they are used."""
    check(
        variant,
        """
        import sys
        import dynamic_admin_api
        assert "dynamic_admin_api.client" not in sys.modules
        from dynamic_admin_api import AuthenticatedClient, Client
        assert Client.__module__ == "dynamic_admin_api.client"
        """,
    )


@pytest.mark.parametrize("variant", VARIANTS)
def test_path_parameters_are_one_segment(
    check: Callable[[str, str], str], variant: str
) -> None:
    """Path parameters are percent-encoded, "." and ".." included."""
    check(
        variant,
        """
        from dynamic_admin_api.api.users.get_user import _get_kwargs
        assert _get_kwargs(environment_id="a/b?c", user_id="..")["url"] == (
            "/environments/a%2Fb%3Fc/users/%2E%2E"
        )
        assert _get_kwargs(environment_id=".", user_id="x y")["url"] == (
            "/environments/%2E/users/x%20y"
        )
        """,
    )


@pytest.mark.parametrize("variant", VARIANTS)
def test_from_dict_is_lean(generated: dict[str, Path], variant: str) -> None:
    """from_dict neither copies the payload nor defines per-field parser functions."""
    source = (
        generated[variant] / "dynamic_admin_api" / "models" / "user.py"
    ).read_text()
    start = source.index("def from_dict")
    body = source[start : source.index("\n    def ", start + 1)]
    with expect_defect_in_stock(variant):
        assert "dict(src_dict)" not in body
        assert "def _parse_" not in body
        assert "isoparse" not in body
        assert "import " not in body


def test_parsing_keeps_values(check: Callable[[str, str], str]) -> None:
    """Lazy parsing still gives nested models, datetimes and nulls correctly."""
    check(
        "custom",
        f"""
        import datetime
        from dynamic_admin_api.models import User
        from dynamic_admin_api.types import UNSET
        user = User.from_dict({USER!r})
        assert user.created_at == datetime.datetime(
            2024, 5, 17, 9, 21, 33, 123000, tzinfo=datetime.timezone.utc
        )
        assert user.last_visit is None and user.email is UNSET
        assert user.wallets[0].chain == "SOL"
        # A field never read goes back as it came; a decoded one is re-encoded.
        assert user.to_dict()["wallets"][0]["createdAt"] == "2024-05-17T09:21:33Z"
        assert user.wallets[0].created_at.tzinfo is datetime.timezone.utc
        assert user.to_dict()["wallets"][0]["createdAt"] == "2024-05-17T09:21:33+00:00"
        try:
            User.from_dict({{"id": "{USER["id"]}"}})
        except KeyError as exc:
            assert exc.args == ("projectEnvironmentId",)
            assert "User" in str(exc) and "projectEnvironmentId" in str(exc)
        else:
            raise AssertionError("a missing required field must raise")
        try:
            User.from_dict([])
        except TypeError:
            pass
        else:
            raise AssertionError("a JSON array is not a User")
        """,
    )


@pytest.mark.parametrize("variant", VARIANTS)
def test_fields_decode_on_first_read(
    check: Callable[[str, str], str], variant: str
) -> None:
    """from_dict checks required keys only; a field is converted when first read."""
    check(
        variant,
        f"""
        from dynamic_admin_api.models import User
        data = {USER!r}
        data["createdAt"] = "not a date"
        del data["wallets"][0]["publicKey"]
        user = User.from_dict(data)
        assert user.chain == "EVM"
        try:
            user.created_at
        except ValueError:
            pass
        else:
            raise AssertionError("a malformed date must fail when read")
        try:
            user.wallets
        except KeyError as exc:
            assert exc.args == ("publicKey",), exc.args
            assert str(exc).startswith("User.wallets.publicKey:"), str(exc)
            assert "Wallet" in str(exc), str(exc)
        else:
            raise AssertionError("a wallet without publicKey must fail when read")
        """,
    )


def test_models_follow_changes(check: Callable[[str, str], str]) -> None:
    """to_dict, equality and repr reflect changes made after parsing."""
    check(
        "custom",
        f"""
        import copy
        import datetime
        import pickle
        import uuid
        from dynamic_admin_api.models import ChainEnum, User, Wallet
        from dynamic_admin_api.types import UNSET
        data = {USER!r}
        data["brandNewField"] = [1]
        user = User.from_dict(data)
        assert user.to_dict() == data and user.to_dict() is not data
        assert user == User.from_dict(copy.deepcopy(data))
        user.wallets[0].public_key = "0xdef"
        user.email = "a@b.c"
        wire = user.to_dict()
        assert wire["wallets"][0]["publicKey"] == "0xdef"
        assert wire["email"] == "a@b.c" and wire["brandNewField"] == [1]
        assert user != User.from_dict(data)
        user["another"] = 2
        assert user.to_dict()["another"] == 2 and "another" in user
        assert pickle.loads(pickle.dumps(user)) == user == copy.deepcopy(user)
        assert "public_key='0xdef'" in repr(user), repr(user)

        when = datetime.datetime(2024, 1, 2, tzinfo=datetime.timezone.utc)
        one, two = uuid.UUID(int=1), uuid.UUID(int=2)
        built = User(id=one, project_environment_id=two, created_at=when)
        built.chain = ChainEnum.EVM
        assert built.to_dict() == {{
            "id": str(one),
            "projectEnvironmentId": str(two),
            "createdAt": "2024-01-02T00:00:00+00:00",
            "chain": "EVM",
        }}, built.to_dict()
        assert built.email is UNSET and built.additional_properties == {{}}
        assert built == User.from_dict(built.to_dict())
        wallet = Wallet(id=one, public_key="0x1", chain=ChainEnum.SOL, created_at=when)
        assert wallet.to_dict()["createdAt"] == "2024-01-02T00:00:00+00:00"
        """,
    )
