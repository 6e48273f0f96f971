"""The settings area: this machine's settings, plus users, audit trail and backups by role."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QTabWidget, QWidget

from talentdesk.domain.accounts import Actor
from talentdesk.domain.permissions import Action, allowed
from talentdesk.gui.views.audit_view import AuditView
from talentdesk.gui.views.backups_view import BackupsView
from talentdesk.gui.views.settings_view import SettingsView
from talentdesk.gui.views.users_view import UsersView
from talentdesk.services.registry import Services
from talentdesk.settings import Settings

# (tab title, the action the page needs, how to build it); other areas add their pages here.
# Tab mnemonics avoid the letters the pages use themselves.
PAGES: tuple[tuple[str, Action, Callable[[Services, Actor], QWidget]], ...] = (
    (
        QT_TRANSLATE_NOOP("SettingsArea", "User &management"),
        Action.MANAGE_USERS,
        lambda services, actor: UsersView(services.accounts, actor),
    ),
    (
        QT_TRANSLATE_NOOP("SettingsArea", "Audit lo&g"),
        Action.VIEW_AUDIT,
        lambda services, actor: AuditView(services.audit, actor, exports=services.exports),
    ),
    (
        QT_TRANSLATE_NOOP("SettingsArea", "Bac&kups"),
        Action.BACKUP_RESTORE,
        lambda services, actor: BackupsView(services.backups, actor),
    ),
)


class SettingsArea(QTabWidget):
    """Tabs for the pages the actor's role may use; the services refuse the others anyway."""

    def __init__(
        self,
        services: Services,
        actor: Actor,
        settings: Settings,
        settings_path: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settings_area")
        self.local = SettingsView(
            settings,
            settings_path,
            may_configure=allowed(actor.role, Action.EDIT_CONFIGURATION),
        )
        self.addTab(self.local, self.tr("This &computer"))
        for title, action, build in PAGES:
            if allowed(actor.role, action):
                self.addTab(build(services, actor), self.tr(title))


def settings_area(
    services: Services, actor: Actor, settings: Settings, settings_path: Path
) -> QWidget:
    """Clerks and HR officers get the plain settings page: a lone tab would only add clutter."""
    if any(allowed(actor.role, action) for _, action, _ in PAGES):
        return SettingsArea(services, actor, settings, settings_path)
    return SettingsView(settings, settings_path)
