"""Importing members from a CSV file: a contacts export or a sheet someone else made.

Reading is forgiving: UTF-8 with or without a BOM, UTF-16 (Excel's "Unicode text", which
is tab-separated), Windows-1252 as the last resort; comma, semicolon or tab between
values; quoted values spanning lines; the header rows of Google Contacts, Outlook and a
plain "Name, Phone, Email, Emergency contact" sheet. Importing is strict: a row that
cannot be a member is reported with its physical line number and the reason, and nothing
is imported while any row is rejected unless the user asks for the good rows only. The
whole import is one transaction, made after a backup. Importing the same file again adds
no one twice (a member matches on preferred name plus email or phone, ignoring case).

Values are stored exactly as written: a cell starting with = + - or @ is text, never a
formula. Anything that later writes members to CSV must escape such cells (prefix a
single quote) so a spreadsheet does not run them.
"""

from __future__ import annotations

import codecs
import csv
import io
import logging
import re
import unicodedata
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from facilitator_app.errors import NotFoundError, StorageError, ValidationError
from facilitator_app.services import backups
from facilitator_app.services.base import Service
from facilitator_app.services.changes import Action, ChangeFeed, Entity
from facilitator_app.storage import orm
from facilitator_app.storage.repos import audit, common
from facilitator_app.storage.repos import members as members_repo
from facilitator_app.storage.store import Store

log = logging.getLogger(__name__)

MAX_FILE_BYTES = 50 * 1024 * 1024

FIELDS = ("preferred_name", "full_name", "pronouns", "phone", "email", "emergency_contact_name",
          "emergency_contact_phone", "notes")
FIELD_LABELS = {
    "preferred_name": "preferred name", "full_name": "full name", "pronouns": "pronouns", "phone": "phone number",
    "email": "email address", "emergency_contact_name": "emergency contact", "emergency_contact_phone":
    "emergency contact phone", "notes": "notes",
}
# The same limits as the member form (services/members.py).
LIMITS = {"preferred_name": 200, "full_name": 300, "pronouns": 60, "phone": 60, "email": 300,
          "emergency_contact_name": 300, "emergency_contact_phone": 60, "notes": 20000}
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}

# Header words, normalised (letters and digits only, case-folded), by field, best first.
_PREFERRED = ("preferredname", "nickname", "knownas", "goesby", "callme")
_FIRST = ("firstname", "givenname", "forename", "first")
_MIDDLE = ("middlename", "additionalname")
_LAST = ("lastname", "familyname", "surname", "last")
_WHOLE = ("name", "fullname", "displayname", "membername", "contactname", "participant", "participantname")
_ALIASES: dict[str, tuple[str, ...]] = {
    "pronouns": ("pronouns", "pronoun"),
    "phone": ("mobilephone", "mobile", "mobilenumber", "cellphone", "cell", "phone", "phonenumber", "telephone",
              "tel", "primaryphone", "homephone", "businessphone", "otherphone"),
    "email": ("email", "emailaddress", "mail", "emailaddress1"),
    "emergency_contact_name": ("emergencycontact", "emergencycontactname", "emergency", "emergencyname",
                               "incaseofemergency", "ice", "nextofkin"),
    "emergency_contact_phone": ("emergencycontactphone", "emergencyphone", "emergencynumber",
                                "emergencycontactnumber", "emergencycontactphonenumber", "icephone",
                                "nextofkinphone"),
    "notes": ("notes", "note", "comments", "comment"),
}
_NUMBERED = {  # Google's "Phone 1 - Value", "E-mail 2 - Value"; Outlook's "E-mail 2 Address"
    "phone": re.compile(r"^phone(\d+)value$"),
    "email": re.compile(r"^email(\d+)(?:value|address)$"),
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_TRAILING_PHONE = re.compile(r"^(?P<name>.*?)[\s,;:/(-]*(?P<phone>\+?\d[\d\s().-]{5,}\d)\)?\s*$", re.S)


# ------------------------------------------------------------------ results
@dataclass(frozen=True)
class RowProblem:
    """Why one row was not imported; ``line`` is the physical line where the row starts."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass(frozen=True)
class PreviewRow:
    """One data row as the import would take it."""

    line: int
    cells: tuple[str, ...]
    values: dict[str, str] = field(compare=False)
    problems: tuple[str, ...] = ()
    status: str = "new"  # new | existing (already in the store) | repeat (earlier in the file) | rejected
    same_as: str = ""    # for existing/repeat: who or which line it matches

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportPreview:
    """What a file holds and how it would be read, before anything is imported."""

    path: Path
    encoding: str
    delimiter: str
    format_name: str
    columns: tuple[str, ...]
    mapping: dict[str, tuple[int, ...]] = field(compare=False)
    rows: tuple[PreviewRow, ...]
    file_problems: tuple[str, ...] = ()

    @property
    def problems(self) -> tuple[RowProblem, ...]:
        return tuple(RowProblem(r.line, "; ".join(r.problems)) for r in self.rows if r.problems)

    @property
    def delimiter_name(self) -> str:
        return DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))

    def count(self, status: str) -> int:
        return sum(1 for r in self.rows if r.status == status)


@dataclass(frozen=True)
class ImportResult:
    """What an import did (or, for a dry run or a refusal, what it would have done)."""

    path: Path
    format_name: str
    rows: int
    added: int
    already_present: int
    repeated_in_file: int
    joined_group: int
    rejected: tuple[RowProblem, ...]
    imported: bool
    dry_run: bool = False
    backup: Path | None = None
    member_ids: tuple[uuid.UUID, ...] = ()

    def summary(self) -> str:
        """One or two sentences for people."""
        def n(count: int, one: str, many: str) -> str:
            return f"{count} {one if count == 1 else many}"

        if not self.imported and self.rejected and not self.dry_run:
            return (f"{n(len(self.rejected), 'row was', 'rows were')} rejected, so nothing was imported. Correct "
                    "them in the file and import it again, or choose to import only the good rows.")
        verb = "would add" if self.dry_run else "added"
        parts = [f"{self.path.name}: {verb} {n(self.added, 'member', 'members')}"]
        if self.joined_group:
            parts.append(f"{'would put' if self.dry_run else 'put'} {n(self.joined_group, 'member', 'members')} "
                         "already in the store into the group")
        if self.already_present:
            parts.append(f"{n(self.already_present, 'row matches', 'rows match')} a member already in the store")
        if self.repeated_in_file:
            parts.append(f"{n(self.repeated_in_file, 'row repeats', 'rows repeat')} an earlier line")
        if self.rejected:
            parts.append(f"{n(len(self.rejected), 'row was', 'rows were')} rejected")
        text = "; ".join(parts) + "."
        if self.dry_run:
            text += " This was a dry run: nothing was changed."
        return text


# ------------------------------------------------------------------ reading the file
def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise ValidationError(f"{path} is a folder. Choose the CSV file to import.")
        if size > MAX_FILE_BYTES:
            raise ValidationError(f"{path} is {size / 1_048_576:.0f} MB, far more than a list of members. "
                                  "Check that this is the right file.")
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise NotFoundError(f"There is no file at {path}. Check the name and the folder.") from exc
    except PermissionError as exc:
        raise ValidationError(f"{path} could not be read: you may not open it. Copy it somewhere you can, "
                              "then import the copy.") from exc


def decode(data: bytes) -> tuple[str, str]:
    """The text of a file and the name of its encoding, as people know it."""
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "UTF-8"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    _refuse_binary(data)
    utf16 = _bomless_utf16(data)
    if utf16:
        text = data.decode(utf16, errors="replace")
        if _mostly_controls(text):
            raise ValidationError(_NOT_TEXT)
        return text, "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        # Five bytes are undefined in Windows-1252; Latin-1 gives every byte a character.
        return data.decode("latin-1"), "Windows-1252"


def _bomless_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
        return "utf-16-be"
    return None


def _refuse_binary(data: bytes) -> None:
    kinds = ((b"PK\x03\x04", "an Excel workbook (.xlsx) or another zipped file"),
             (b"\xd0\xcf\x11\xe0", "an old Excel workbook (.xls)"), (b"%PDF", "a PDF"),
             (b"SQLite format 3\x00", "a database"))
    for magic, what in kinds:
        if data.startswith(magic):
            raise ValidationError(f"This file is {what}, not a CSV file. In the spreadsheet program choose "
                                  "File → Save As → CSV UTF-8, then import that file.")
    if b"\x00" in data[:4000] and not _bomless_utf16(data):
        raise ValidationError(_NOT_TEXT)


_NOT_TEXT = ("This file is not a text file, so it cannot be a CSV file. In the spreadsheet program choose "
             "File → Save As → CSV UTF-8, then import that file.")


def _mostly_controls(text: str) -> bool:
    sample = text[:2000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) in ("Cc", "Co", "Cn") and ch not in "\t\r\n")
    return controls > len(sample) * 0.05


def _records(text: str, delimiter: str) -> list[tuple[int, list[str] | None, str]]:
    """(first physical line, cells or None, error) for every record, blank lines left out."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, skipinitialspace=True, strict=True)
    out: list[tuple[int, list[str] | None, str]] = []
    previous = 0
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            out.append((previous + 1, None, str(exc)))
            previous = reader.line_num
            continue
        start, previous = previous + 1, reader.line_num
        if any(cell.strip() for cell in cells):
            out.append((start, cells, ""))
    return out


def detect_delimiter(text: str) -> str:
    """Comma, semicolon or tab: the one that splits the first rows into the same number of
    columns (more than one) most consistently; comma when nothing decides."""
    sample = text[:64_000]
    best, best_score = ",", (0.0, 0)
    for delimiter in (",", ";", "\t"):
        records = [cells for _, cells, _ in _records(sample, delimiter)[:50] if cells is not None]
        if not records or len(records[0]) < 2:
            continue
        width = len(records[0])
        rest = records[1:-1] or records[1:]  # the sample may cut the last row short
        consistency = sum(1 for r in rest if len(r) == width) / len(rest) if rest else 1.0
        score = (consistency, width)
        if score > best_score:
            best, best_score = delimiter, score
    if best_score == (0.0, 0):
        try:
            return csv.Sniffer().sniff(sample[:4096], delimiters=",;\t").delimiter
        except csv.Error:
            return ","
    return best


# ------------------------------------------------------------------ the header
def _norm_header(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.strip().lstrip("\ufeff").casefold())
    return "".join(ch for ch in folded if ch.isalnum())


def guess_mapping(columns: Sequence[str]) -> dict[str, tuple[int, ...]]:
    """Which columns feed which member field. ``full_name`` joins its columns with spaces;
    every other field takes the first of its columns that is not empty in a row."""
    names = [_norm_header(c) for c in columns]

    def find(words: Sequence[str]) -> list[int]:
        return [i for word in words for i, name in enumerate(names) if name == word]

    first, middle, last, whole = find(_FIRST), find(_MIDDLE), find(_LAST), find(_WHOLE)
    mapping: dict[str, tuple[int, ...]] = {}
    preferred = find(_PREFERRED) + first + whole
    if preferred:
        mapping["preferred_name"] = tuple(dict.fromkeys(preferred))
    if first or last:
        if whole and first:
            mapping["full_name"] = (whole[0],)
        else:
            mapping["full_name"] = tuple(first[:1] + middle[:1] + last[:1])
    elif len(whole) > 1:
        mapping["full_name"] = (whole[1],)
    for key, words in _ALIASES.items():
        found = find(words)
        if key in _NUMBERED:
            numbered = sorted((int(m.group(1)), i) for i, name in enumerate(names)
                              if (m := _NUMBERED[key].match(name)))
            found += [i for _, i in numbered]
        taken = {i for cols in mapping.values() for i in cols}
        found = [i for i in dict.fromkeys(found) if i not in taken]
        if found:
            mapping[key] = tuple(found)
    return mapping


def format_name(columns: Sequence[str]) -> str:
    names = {_norm_header(c) for c in columns}
    if {"givenname", "familyname"} & names or {"phone1value", "email1value"} & names:
        return "Google Contacts export"
    if "emailaddress" in names and ({"firstname", "lastname"} & names or "mobilephone" in names):
        return "Outlook contacts export"
    return "sheet"


def _resolve_mapping(mapping: Mapping[str, int | str | Sequence[int | str]],
                     columns: Sequence[str]) -> dict[str, tuple[int, ...]]:
    """A mapping given by the user (column positions or header names) as column positions."""
    out: dict[str, tuple[int, ...]] = {}
    for key, value in mapping.items():
        if key not in FIELDS:
            raise ValidationError(f"'{key}' is not a member detail that can be imported. Choose from: "
                                  + ", ".join(FIELD_LABELS.values()) + ".")
        items = [value] if isinstance(value, (int, str)) else list(value)
        positions = []
        for item in items:
            if isinstance(item, int):
                if not 0 <= item < len(columns):
                    raise ValidationError(f"The file has no column {item + 1}. Choose one of its "
                                          f"{len(columns)} columns.")
                positions.append(item)
            else:
                matches = [i for i, c in enumerate(columns) if c.strip().casefold() == item.strip().casefold()]
                if not matches:
                    raise ValidationError(f"The file has no column called '{item}'. Choose one of its columns.")
                positions.append(matches[0])
        if positions:
            out[key] = tuple(positions)
    return out


# ------------------------------------------------------------------ rows
def _first(value: str) -> str:
    # Google puts several values in one cell: "07700 900123 ::: 020 7946 0000".
    return value.split(" ::: ")[0].strip()


def row_values(cells: Sequence[str], mapping: Mapping[str, tuple[int, ...]]) -> dict[str, str]:
    """The member's details from one row's cells (stripped; formula-like text kept as it is)."""
    def cell(i: int, key: str) -> str:
        if i >= len(cells):
            return ""
        return _first(cells[i]) if key in _NUMBERED else cells[i].strip()

    values = {key: "" for key in FIELDS}
    for key, columns in mapping.items():
        if key == "full_name":
            values[key] = " ".join(part for part in (cell(i, key) for i in columns) if part)
        else:
            values[key] = next((v for v in (cell(i, key) for i in columns) if v), "")
    if values["emergency_contact_name"] and "emergency_contact_phone" not in mapping:
        match = _TRAILING_PHONE.match(values["emergency_contact_name"])
        if match:
            values["emergency_contact_name"] = match.group("name").strip(" ,;:/-(")
            values["emergency_contact_phone"] = match.group("phone").strip()
    return values


def row_problems(values: Mapping[str, str]) -> list[str]:
    problems = []
    if not values["preferred_name"]:
        problems.append("no name: every member needs at least a preferred name")
    for key in FIELDS:
        length = len(values[key])
        if length > LIMITS[key]:
            problems.append(f"the {FIELD_LABELS[key]} is {length:,} characters long; the limit is {LIMITS[key]:,}")
    email = values["email"]
    if email and len(email) <= LIMITS["email"] and not _EMAIL.match(email):
        problems.append(f"'{email}' is not an email address")
    return problems


def _key_name(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _key_phone(phone: str) -> str:
    return "".join(ch for ch in phone if ch.isdigit())


@dataclass(frozen=True)
class _Identity:
    name: str
    email: str
    phone: str

    @classmethod
    def of(cls, preferred_name: str, email: str, phone: str) -> _Identity:
        return cls(_key_name(preferred_name), email.strip().casefold(), _key_phone(phone))

    def matches(self, other: _Identity) -> bool:
        """Same preferred name, and the same email or phone (or neither has either)."""
        if self.name != other.name:
            return False
        if self.email and self.email == other.email or self.phone and self.phone == other.phone:
            return True
        return not (self.email or self.phone or other.email or other.phone)


# ------------------------------------------------------------------ the service
class MemberImportService(Service):
    """Preview and import members from a CSV file into the store."""

    def __init__(self, store: Store, changes: ChangeFeed, backups_dir: Path | None = None) -> None:
        super().__init__(store, changes)
        self._backups_dir = backups_dir or store.path.parent / "backups"

    def preview(self, path: Path, mapping: Mapping[str, int | str | Sequence[int | str]] | None = None
                ) -> ImportPreview:
        """Read ``path`` and say how each row would be imported; nothing is changed."""
        path = Path(path)
        text, encoding = decode(_read_bytes(path))
        if not text.strip():
            raise ValidationError(f"{path} is empty. Choose the file that holds the members.")
        delimiter = detect_delimiter(text)
        records = _records(text, delimiter)
        header_line, header, header_error = records[0]
        if header is None:
            raise ValidationError(f"Line {header_line} of {path.name}, the line naming the columns, cannot be read "
                                  f"({header_error}). Check the quotes in it.")
        columns = tuple(c.strip().lstrip("\ufeff") for c in header)
        resolved = _resolve_mapping(mapping, columns) if mapping is not None else guess_mapping(columns)
        file_problems = []
        if "preferred_name" not in resolved:
            file_problems.append("No column of names was found. The first line should name the columns, for "
                                 "example: Name, Phone, Email, Emergency contact. Add such a line, or choose "
                                 "which column holds the names.")
        with self._store.read() as s:
            existing = [(_Identity.of(m.preferred_name, m.email, m.phone), m.preferred_name)
                        for m in members_repo.all_members(s)]
        rows = []
        seen: list[tuple[_Identity, int]] = []
        for line, cells, error in records[1:]:
            if cells is None:
                log.info("line %d of %s cannot be read: %s", line, path, error)
                rows.append(PreviewRow(line, (), {}, ("a quote (\") is misplaced or never closed, so this row "
                                                      "cannot be read",), "rejected"))
                continue
            values = row_values(cells, resolved)
            problems = row_problems(values) if not file_problems else []
            extra = [c for c in cells[len(columns):] if c.strip()]
            if extra:
                problems.append(f"it has {len(cells)} values but the first line names {len(columns)} columns "
                                f"(a value containing a {DELIMITER_NAMES.get(delimiter, 'separator')} needs "
                                "quotes around it)")
            if problems:
                rows.append(PreviewRow(line, tuple(cells), values, tuple(problems), "rejected"))
                continue
            identity = _Identity.of(values["preferred_name"], values["email"], values["phone"])
            earlier = next((ln for other, ln in seen if other.matches(identity)), None)
            present = next((name for other, name in existing if other.matches(identity)), None)
            if earlier is not None:
                rows.append(PreviewRow(line, tuple(cells), values, (), "repeat", f"line {earlier}"))
            elif present is not None:
                rows.append(PreviewRow(line, tuple(cells), values, (), "existing", present))
                seen.append((identity, line))
            else:
                rows.append(PreviewRow(line, tuple(cells), values, (), "new"))
                seen.append((identity, line))
        return ImportPreview(path=path, encoding=encoding, delimiter=delimiter, format_name=format_name(columns),
                             columns=columns, mapping=resolved, rows=tuple(rows), file_problems=tuple(file_problems))

    def import_members(self, path: Path, group_id: uuid.UUID | None = None,
                       mapping: Mapping[str, int | str | Sequence[int | str]] | None = None,
                       import_good_rows: bool = False, dry_run: bool = False,
                       joined_on: date | None = None) -> ImportResult:
        """Import the members in ``path`` (into a group too, when ``group_id`` is given).

        Nothing is imported while any row is rejected, unless ``import_good_rows``. The
        import is one transaction, made after a verified backup.
        """
        preview = self.preview(path, mapping)
        if preview.file_problems:
            raise ValidationError(preview.file_problems[0])
        if group_id is not None:
            with self._store.read() as s:
                common.get_live(s, orm.Group, group_id, "group")
        rejected = preview.problems
        good = [r for r in preview.rows if r.ok]
        result = dict(path=preview.path, format_name=preview.format_name, rows=len(preview.rows),
                      already_present=preview.count("existing"), repeated_in_file=preview.count("repeat"),
                      rejected=rejected)
        new_rows = [r for r in good if r.status == "new"]
        if rejected and not import_good_rows:
            return ImportResult(**result, added=0, joined_group=0, imported=False, dry_run=dry_run)
        if dry_run:
            joining = self._joining(preview, group_id)
            return ImportResult(**result, added=len(new_rows), joined_group=len(joining), imported=False,
                                dry_run=True)
        if not new_rows and not self._joining(preview, group_id):
            return ImportResult(**result, added=0, joined_group=0, imported=True)
        try:
            backup = backups.make_backup(self._store, "before-import", self._backups_dir).path
        except StorageError as exc:
            raise StorageError(f"No backup could be made before the import, so nothing was imported. {exc.message}",
                               detail=exc.detail) from exc
        added_ids, joined = self._write(good, group_id, joined_on or date.today())
        log.info("imported %d members from %s (%d joined the group, %d rejected rows)", len(added_ids), path,
                 joined, len(rejected))
        if added_ids:
            self._publish(Entity.MEMBER, Action.ADDED, added_ids, group_id=group_id)
        if joined:
            self._publish(Entity.MEMBERSHIP, Action.ADDED, [], group_id=group_id)
        return ImportResult(**result, added=len(added_ids), joined_group=joined, imported=True, backup=backup,
                            member_ids=tuple(added_ids))

    def _joining(self, preview: ImportPreview, group_id: uuid.UUID | None) -> list[PreviewRow]:
        """Rows matching a member already in the store who is not in the group yet."""
        if group_id is None:
            return []
        matched = [r for r in preview.rows if r.status == "existing"]
        if not matched:
            return []
        with self._store.read() as s:
            members = [(m, _Identity.of(m.preferred_name, m.email, m.phone)) for m in members_repo.all_members(s)]
            out = []
            for row in matched:
                identity = _Identity.of(row.values["preferred_name"], row.values["email"], row.values["phone"])
                member = next((m for m, other in members if other.matches(identity)), None)
                if member is not None and members_repo.open_membership(s, member.id, group_id) is None:
                    out.append(row)
            return out

    def _write(self, rows: Sequence[PreviewRow], group_id: uuid.UUID | None,
               joined_on: date) -> tuple[list[uuid.UUID], int]:
        added: list[uuid.UUID] = []
        joined = 0
        with self._store.write() as s:
            # Matched again inside the transaction: the store is the truth, not the preview.
            known = [(m, _Identity.of(m.preferred_name, m.email, m.phone)) for m in members_repo.all_members(s)]
            if group_id is not None:
                common.get_live(s, orm.Group, group_id, "group")
            for row in rows:
                identity = _Identity.of(row.values["preferred_name"], row.values["email"], row.values["phone"])
                member = next((m for m, other in known if other.matches(identity)), None)
                if member is None:
                    member = orm.Member(**row.values)
                    s.add(member)
                    s.flush()
                    known.append((member, identity))
                    added.append(member.id)
                    if group_id is not None:
                        s.add(orm.Membership(member_id=member.id, group_id=group_id, joined_on=joined_on))
                elif group_id is not None and members_repo.open_membership(s, member.id, group_id) is None:
                    s.add(orm.Membership(member_id=member.id, group_id=group_id, joined_on=joined_on))
                    s.flush()
                    joined += 1
            audit.record(s, "members.imported", members=len(added), memberships=joined + (
                len(added) if group_id is not None else 0))
        return added, joined
