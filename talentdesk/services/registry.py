"""The bundle of services the composition root builds and hands to the GUI."""

from __future__ import annotations

from dataclasses import dataclass

from talentdesk.services.accounts import AccountService


@dataclass(frozen=True)
class Services:
    accounts: AccountService
    database_label: str
