from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hubspot_setup.flow.answers import Teammate
from hubspot_setup.flow.user_ids import DefaultUser, check_typed_user, normalize_user_id


@pytest.mark.parametrize(
    ("raw", "expected", "has_notice"),
    [
        ("123", "123", False),
        (" 123 ", "123", False),
        ("A-123", "123", True),
        ("a-123", "123", True),
        ("A - 4567", "4567", True),
        ("https://app.hubspot.com/settings/12345678/users/user/987654", "987654", True),
        ("https://app-eu1.hubspot.com/settings/12345678/users/user/987654/", "987654", True),
        ("app.hubspot.com/settings/1/users/user/42?tab=profile#x", "42", True),
        ("00123", "123", True),
    ],
)
def test_normalises_to_the_number(raw: str, expected: str, has_notice: bool) -> None:
    result = normalize_user_id(raw)
    assert result.value == expected
    assert (result.notice is not None) == has_notice


@pytest.mark.parametrize(
    ("raw", "fragment"),
    [
        ("", "Enter the HubSpot user ID"),
        ("abc", "is a number"),
        ("12a", "is a number"),
        ("-123", "is a number"),
        ("1.5", "is a number"),
        ("0", "not a HubSpot user ID"),
        ("9" * 19, "too long"),
        ("https://example.com/users/123", "not a HubSpot page"),
        ("https://evilhubspot.com/users/123", "not a HubSpot page"),
        ("https://app.hubspot.com/settings/123/users", "does not end with a user ID"),
        ("١٢٣", "is a number"),  # Arabic-Indic digits are not HubSpot ids
    ],
)
def test_rejects_anything_else(raw: str, fragment: str) -> None:
    result = normalize_user_id(raw)
    assert result.value is None
    assert result.error is not None
    assert fragment in result.error


@given(st.text(max_size=40))
def test_normalisation_is_idempotent(raw: str) -> None:
    first = normalize_user_id(raw)
    if first.value is not None:
        again = normalize_user_id(first.value)
        assert again.value == first.value
        assert again.notice is None
        assert first.value.isdigit()
        assert not first.value.startswith("0")


@given(st.integers(min_value=1, max_value=10**17))
def test_every_spelling_of_an_id_gives_the_same_number(user_id: int) -> None:
    spellings = [
        str(user_id),
        f" A-{user_id} ",
        f"https://app.hubspot.com/settings/99/users/user/{user_id}",
    ]
    assert {normalize_user_id(s).value for s in spellings} == {str(user_id)}


def test_a_typed_user_is_checked_against_the_teammates() -> None:
    ada = Teammate(owner_id="501", user_id=7001, email="ada@acme.test", name="Ada Lovelace")
    queue = Teammate(owner_id="502", user_id=None, email="queue@acme.test")
    team = [ada, queue]
    found = check_typed_user("A-7001", team)
    assert found.value == DefaultUser("7001", ada)
    assert found.notice is not None
    assert "User ID 7001 is Ada Lovelace." in found.notice
    unknown = check_typed_user("9999", team)
    assert unknown.value is None
    assert unknown.error is not None
    assert unknown.error.startswith("Nobody in this HubSpot portal has the user ID 9999.")
    by_owner = check_typed_user("501", team)
    assert by_owner.value == DefaultUser("7001", ada)
    assert "owner number of Ada Lovelace; their user ID is 7001" in (by_owner.notice or "")
    assert check_typed_user("502", team).value is None  # a queue has no user ID
    # Teammates not read: only the shape is checked (OpenCX checks the rest on Save).
    assert check_typed_user("9999", None).value == DefaultUser("9999")
    assert check_typed_user("abc", team).error is not None
