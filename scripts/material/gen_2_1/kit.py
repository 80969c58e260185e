"""Shared helpers of the 2.1 families: paths, the FAMILIES list, add, page, eml, chat, and the
constants several themes use. Writes nothing by itself.
"""

from __future__ import annotations

from bankgen import ROOT, esc, html_page, typo_fr, write_text

DIR = ROOT / "assessment" / "items" / "2.1"
MAT = DIR / "material"
FAMILIES: list[dict] = []


DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def add(f: dict) -> None:
    for v in f.get("variants", []):
        for name, value in v.items():
            if name.endswith("_fr") and isinstance(value, str):
                v[name] = typo_fr(value)
    FAMILIES.append(f)


def page(stem: str, key: str, lang: str, title: str, body: str) -> None:
    if lang == "fr":
        title, body = typo_fr(title), _typo_html(body.replace("&#x27;", "'"))
    write_text(MAT / f"{stem}-{key}-{lang}.html", html_page(lang, title, body))


def _typo_html(body: str) -> str:
    """French typography in the text of generated HTML (tags are left as they are)."""
    out, inside = [], False
    chunk = ""
    for ch in body:
        if ch == "<":
            out.append(typo_fr(chunk) if not inside else chunk)
            chunk, inside = "<", True
        elif ch == ">" and inside:
            out.append(chunk + ">")
            chunk, inside = "", False
        else:
            chunk += ch
    out.append(typo_fr(chunk) if not inside else chunk)
    return "".join(out)


def eml(stem: str, key: str, lang: str, headers: dict[str, str], body: str) -> None:
    lines = [f"{k}: {v}" for k, v in headers.items()]
    lines += [
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    if lang == "fr":
        body = typo_fr(body)
    write_text(MAT / f"{stem}-{key}-{lang}.eml", "\n".join(lines) + "\n\n" + body.strip() + "\n")


def chat(messages: list[tuple[str, str, str, str | None]], me: str) -> str:
    """messages: (sender, time, text, pick id or None)."""
    out = []
    for sender, time, text, pid in messages:
        cls = "bubble me" if sender == me else "bubble them"
        pick = f' data-pick="{pid}"' if pid else ""
        out.append(
            f'<div class="{cls}"{pick}><span class="from">{esc(sender)}</span> '
            f'<span class="small">{esc(time)}</span><br>{esc(text)}</div>'
        )
    return "\n".join(out)


def mailbox(rows: list[tuple[str, str, str, str, str]], lang: str, *, text: bool = False) -> str:
    """rows: (pick id, from, to, cc, subject, or the message's text when text is true)."""
    out = []
    last = ("Message", "Message") if text else ("Objet", "Subject")
    lab = ("De", "À", "Cc", last[0]) if lang == "fr" else ("From", "To", "Cc", last[1])
    for pid, frm, to, cc, subj in rows:
        out.append(
            f'<div class="msg" data-pick="{pid}"><div class="from">{lab[0]} : {esc(frm)}</div>'
            f"<div>{lab[1]} : {esc(to)}</div><div>{lab[2]} : {esc(cc or '—')}</div>"
            f"<div>{lab[3]} : {esc(subj)}</div></div>"
        )
    body = "\n".join(out)
    return body if lang == "fr" else body.replace(" : ", ": ")


def agenda_table(
    lang: str, names: list[str], busy: list[set[int]], hours: list[int], pick: bool
) -> str:
    head = (
        "<tr><th>"
        + ("Heure" if lang == "fr" else "Time")
        + "</th>"
        + "".join(f"<th>{esc(n)}</th>" for n in names)
        + (("<th>" + ("Choisir" if lang == "fr" else "Choose") + "</th>") if pick else "")
        + "</tr>"
    )
    rows = []
    for h in hours:
        cells = "".join(
            (
                f"<td>{'Occupé' if lang == 'fr' else 'Busy'}</td>"
                if h in b
                else f"<td>{'Libre' if lang == 'fr' else 'Free'}</td>"
            )
            for b in busy
        )
        pick_cell = (
            f'<td data-pick="h{h}">{h} h</td>'
            if pick and lang == "fr"
            else (f'<td data-pick="h{h}">{h}:00</td>' if pick else "")
        )
        label = f"{h} h – {h + 1} h" if lang == "fr" else f"{h}:00–{h + 1}:00"
        rows.append(f'<tr><th scope="row">{label}</th>{cells}{pick_cell}</tr>')
    return f"<table>{head}{''.join(rows)}</table>"


def settings_list(lang: str, rows: list[tuple[str, str, str]]) -> str:
    """rows: (pick id, label, current value)."""
    return (
        '<ul style="list-style:none;padding:0">'
        + "".join(
            f'<li class="msg" data-pick="{pid}"><strong>{esc(label)}</strong><br><span'
            f' class="small">{esc(value)}</span></li>'
            for pid, label, value in rows
        )
        + "</ul>"
    )
