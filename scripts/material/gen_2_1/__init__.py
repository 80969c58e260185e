"""The 2.1 item families (assessment/items/2.1/*.yaml) and their material, one module per theme.

main() runs every family in the original order and writes one YAML file per theme.
"""

from __future__ import annotations

from bankgen import write_yaml

from .contacts_agendas import f_contact_merge, f_four_agendas, f_recurring
from .contacts_slots import f_common_slot, f_signature, f_timezone
from .email_headers import f_cc_pick, f_read_eml, f_reply_to
from .email_threads import f_rules, f_thread_missing
from .im_basics import f_chat_place, f_ticks
from .im_groups import f_group_admin, f_private_in_group
from .im_replies import f_mentions, f_quote_reply
from .kit import DIR, FAMILIES
from .netiquette import f_draft_review, f_missing_part, f_wrong_recipient
from .social_charter import f_charter, f_engagement
from .social_privacy import f_audience, f_profile_privacy, f_sponsored
from .visio_settings import f_tiles, f_visio_settings
from .visio_tools import f_meeting_ids, f_toolbar


def main() -> None:
    for f in (
        f_toolbar,
        f_read_eml,
        f_chat_place,
        f_signature,
        f_ticks,
        f_missing_part,
        f_audience,
        f_cc_pick,
        f_common_slot,
        f_meeting_ids,
        f_private_in_group,
        f_sponsored,
        f_timezone,
        f_group_admin,
        f_draft_review,
        f_quote_reply,
        f_reply_to,
        f_visio_settings,
        f_recurring,
        f_profile_privacy,
        f_mentions,
        f_rules,
        f_four_agendas,
        f_charter,
        f_wrong_recipient,
        f_thread_missing,
        f_engagement,
        f_contact_merge,
        f_tiles,
    ):
        f()
    groups: dict[str, list[dict]] = {}
    for fam in FAMILIES:
        groups.setdefault(fam["theme"], []).append(fam)
    titles = {
        "email": "email",
        "instant-messaging": "instant messaging",
        "video-calls": "video calls",
        "netiquette": "netiquette",
        "contacts-and-calendars": "contacts and calendars",
        "social-networks": "social networks",
    }
    for theme, fams in groups.items():
        write_yaml(DIR / f"{theme}.yaml", "2.1", titles[theme], fams)
