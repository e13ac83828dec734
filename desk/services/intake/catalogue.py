"""The service catalogue: categories and items (kind, time limits, tags, fee, materials...).

Everyone signed in may read it (clerks choose items from it, mediators log consultations about
it); only the manager edits it (CATALOGUE_MANAGE). Search finds an item by a piece of its name,
its code, its full pinyin or its pinyin initials ("zxba" finds 装修备案).
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from desk.core.errors import QT_TRANSLATE_NOOP, Conflict, NotFound, ValidationError
from desk.core.permissions import Permission
from desk.core.pinyin import normalize_query, search_keys
from desk.core.text import clean_text
from desk.core.workdays import DAY_UNITS, WORKING
from desk.services import audit
from desk.services.context import Actor, Desk, read, write
from desk.services.entry import entry
from desk.store.models.intake import ServiceCategory, ServiceItem, ServiceMaterial

KINDS = ("instant", "promised")
TAGS = ("全市通办", "当场办结", "只跑一次")
FORMS = ("原件", "复印件", "原件+复印件")
_CODE = re.compile(r"[A-Z0-9][A-Z0-9-]{0,19}")


@dataclass(frozen=True)
class CategoryRow:
    id: int
    code: str
    name: str


@dataclass(frozen=True)
class MaterialSpec:
    name: str
    form: str = "原件"
    copies: int = 1
    required: bool = True
    note: str = ""


@dataclass(frozen=True)
class ItemInput:
    code: str
    name: str
    category_code: str
    kind: str
    promised_days: int | None
    statutory_days: int | None = None
    statutory_note: str = ""
    tags: tuple[str, ...] = ()
    fee: str = ""
    conditions: str = ""
    delivery: str = ""
    legal_basis: str = ""
    notes: str = ""
    materials: tuple[MaterialSpec, ...] = ()
    active: bool = True
    days_unit: str = WORKING  # "working" (工作日) or "calendar" (日): the unit of both limits


@dataclass(frozen=True)
class ItemRow:
    id: int
    code: str
    name: str
    category_code: str
    category_name: str
    kind: str
    promised_days: int | None
    statutory_days: int | None
    statutory_note: str
    tags: tuple[str, ...]
    fee: str
    conditions: str
    delivery: str
    legal_basis: str
    notes: str
    active: bool
    materials: tuple[MaterialSpec, ...] = field(default=())
    days_unit: str = WORKING

    def as_input(self) -> ItemInput:
        values = {k: v for k, v in asdict(self).items() if k in ItemInput.__dataclass_fields__}
        values["materials"] = self.materials
        return ItemInput(**values)


def _days(value: int | None, field_name: str, label: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or not 0 <= value <= 365:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "{label} is a number of days from 0 to 365, or empty when there is none."),
            field=field_name, label=label)
    return value


def clean_material(spec: MaterialSpec, position: int) -> MaterialSpec:
    label = QT_TRANSLATE_NOOP("Field", "Material name")
    name = clean_text(spec.name, field="materials", label=label, max_length=100)
    if spec.form not in FORMS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "Material {position}: choose 原件, 复印件 or 原件+复印件."), field="materials", position=position)
    if not isinstance(spec.copies, int) or not 1 <= spec.copies <= 20:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "Material {position}: the number of copies is 1 to 20."), field="materials", position=position)
    note = clean_text(spec.note, field="materials", label=QT_TRANSLATE_NOOP("Field", "Material note"),
                      max_length=300, required=False)
    return MaterialSpec(name, spec.form, spec.copies, bool(spec.required), note)


def clean_item(data: ItemInput) -> ItemInput:
    """Check everything before any transaction starts, so a bad item saves nothing."""
    code = clean_text(data.code, field="code", label=QT_TRANSLATE_NOOP("Field", "Item code"), max_length=20).upper()
    if not _CODE.fullmatch(code):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "An item code uses capital letters, digits and dashes, such as CG-01."), field="code")
    name = clean_text(data.name, field="name", label=QT_TRANSLATE_NOOP("Field", "Item name"), max_length=100)
    if data.kind not in KINDS:
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "Choose whether the item is 即办件 or 承诺件."),
                              field="kind")
    if data.days_unit not in DAY_UNITS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "Choose whether the time limits count working days (工作日) or calendar days (日)."),
            field="days_unit")
    promised = _days(data.promised_days, "promised_days", QT_TRANSLATE_NOOP("Field", "Promised time limit"))
    statutory = _days(data.statutory_days, "statutory_days", QT_TRANSLATE_NOOP("Field", "Statutory time limit"))
    if data.kind == "instant":
        promised = 0  # 即办件: completed on the spot
    elif promised == 0:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "DeskError", "A 承诺件 needs a promised time limit of at least 1 working day, or none; an item "
                         "completed on the spot is a 即办件."), field="promised_days")
    unknown = [t for t in data.tags if t not in TAGS]
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "Unknown tag \u201c{tag}\u201d: use 全市通办, 当场办结 or 只跑一次."),
                              field="tags", tag=unknown[0])
    materials = tuple(clean_material(m, i) for i, m in enumerate(data.materials, start=1))
    names = [m.name for m in materials]
    if len(set(names)) != len(names):
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "Each material may be listed only once; remove the repeated one."),
                              field="materials")

    def text(value: str, name_: str, label: str, limit: int) -> str:
        return clean_text(value, field=name_, label=label, max_length=limit, required=False, multiline=True)

    return ItemInput(
        code=code, name=name, category_code=data.category_code.strip().upper(), kind=data.kind,
        promised_days=promised, statutory_days=statutory,
        statutory_note=text(data.statutory_note, "statutory_note", QT_TRANSLATE_NOOP("Field", "Statutory note"), 1000),
        tags=tuple(t for t in TAGS if t in data.tags),
        fee=clean_text(data.fee, field="fee", label=QT_TRANSLATE_NOOP("Field", "Fee"), max_length=200, required=False),
        conditions=text(data.conditions, "conditions", QT_TRANSLATE_NOOP("Field", "Conditions"), 2000),
        delivery=clean_text(data.delivery, field="delivery", label=QT_TRANSLATE_NOOP("Field", "Result delivery"),
                            max_length=200, required=False),
        legal_basis=text(data.legal_basis, "legal_basis", QT_TRANSLATE_NOOP("Field", "Legal basis"), 2000),
        notes=text(data.notes, "notes", QT_TRANSLATE_NOOP("Field", "Notes"), 2000),
        materials=materials, active=bool(data.active), days_unit=data.days_unit,
    )


def _materials(session: Session, item_id: int) -> tuple[MaterialSpec, ...]:
    rows = session.execute(select(ServiceMaterial).where(ServiceMaterial.item_id == item_id)
                           .order_by(ServiceMaterial.position)).scalars()
    return tuple(MaterialSpec(m.name, m.form, m.copies, m.required, m.note) for m in rows)


def item_row(session: Session, item: ServiceItem, category: ServiceCategory | None = None,
             materials: tuple[MaterialSpec, ...] | None = None) -> ItemRow:
    category = category or session.get(ServiceCategory, item.category_id)
    assert category is not None
    if materials is None:
        materials = _materials(session, item.id)
    return ItemRow(item.id, item.code, item.name, category.code, category.name, item.kind, item.promised_days,
                   item.statutory_days, item.statutory_note, tuple(t for t in item.tags.split(",") if t), item.fee,
                   item.conditions, item.delivery, item.legal_basis, item.notes, item.active, materials,
                   item.days_unit)


@entry
def list_categories(desk: Desk, actor: Actor) -> list[CategoryRow]:
    def work(session: Session) -> list[CategoryRow]:
        query = select(ServiceCategory).order_by(ServiceCategory.position, ServiceCategory.code)
        return [CategoryRow(c.id, c.code, c.name) for c in session.execute(query).scalars()]

    return read(desk, actor, None, work)


def _is_subsequence(wanted: str, text: str) -> bool:
    letters = iter(text)
    return all(ch in letters for ch in wanted)


def match_rank(wanted: str, item: ServiceItem) -> int | None:
    """0: the query is a piece of the code, name, full pinyin or initials; 1: its letters are the
    initials of some of the words in order ("zxba" in 限额以下小型工程（装修）施工备案); None: no match."""
    if not wanted:
        return 0
    code = item.code.lower()
    if wanted in code or wanted in code.replace("-", "") or wanted in normalize_query(item.name):
        return 0
    if any(wanted in key for key in (*item.name_pinyin.split(), *item.name_initials.split())):
        return 0
    if len(wanted) >= 2 and wanted.isascii() and wanted.isalpha() and any(
            _is_subsequence(wanted, key) for key in item.name_initials.split()):
        return 1
    return None


@entry(search=("query",))
def search_items(desk: Desk, actor: Actor, query: str = "", *, include_inactive: bool = False) -> list[ItemRow]:
    """Items matching ``query`` (see ``match_rank``), closer matches first, then category and code.

    The catalogue is small (tens to a few hundred items), so it is matched in Python, which allows
    the initials-in-order match a SQL LIKE cannot express.
    """
    wanted = normalize_query(query)

    def work(session: Session) -> list[ItemRow]:
        stmt = select(ServiceItem, ServiceCategory).join(ServiceCategory)
        if not include_inactive:
            stmt = stmt.where(ServiceItem.active.is_(True))
        ranked = []
        for item, category in session.execute(stmt).all():
            rank = match_rank(wanted, item)
            if rank is not None:
                ranked.append(((rank, category.position, item.code), item, category))
        ranked.sort(key=lambda entry: entry[0])
        materials: dict[int, list[MaterialSpec]] = {}
        ids = [item.id for _, item, _ in ranked]
        for m in session.execute(select(ServiceMaterial).where(ServiceMaterial.item_id.in_(ids))
                                 .order_by(ServiceMaterial.item_id, ServiceMaterial.position)).scalars():
            materials.setdefault(m.item_id, []).append(MaterialSpec(m.name, m.form, m.copies, m.required, m.note))
        return [item_row(session, item, category, tuple(materials.get(item.id, ()))) for _, item, category in ranked]

    return read(desk, actor, None, work)


@entry
def get_item(desk: Desk, actor: Actor, item_id: int) -> ItemRow:
    def work(session: Session) -> ItemRow:
        item = session.get(ServiceItem, item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "That service item no longer exists. Refresh the list."))
        return item_row(session, item)

    return read(desk, actor, None, work)


def category_for(session: Session, code: str, name: str = "") -> ServiceCategory:
    category = session.execute(select(ServiceCategory).where(ServiceCategory.code == code)).scalar_one_or_none()
    if category is not None:
        return category
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("DeskError", "Choose the category of the item."), field="category")
    position = (session.execute(select(func.max(ServiceCategory.position))).scalar() or 0) + 1
    category = ServiceCategory(code=code, name=name, position=position)
    session.add(category)
    session.flush()
    return category


def store_item(session: Session, clean: ItemInput, item: ServiceItem | None, now: datetime,
               category_name: str = "") -> ServiceItem:
    """Write a cleaned item (new when ``item`` is None) and replace its materials."""
    taken = session.execute(select(ServiceItem.id).where(ServiceItem.code == clean.code)).scalar()
    if taken is not None and (item is None or taken != item.id):
        raise Conflict(QT_TRANSLATE_NOOP("DeskError", "The code {code} is used by another item; choose another."),
                       field="code", code=clean.code)
    category = category_for(session, clean.category_code, category_name)
    if item is None:
        item = ServiceItem(code=clean.code, name=clean.name, category_id=category.id, kind=clean.kind)
        session.add(item)
    full, initials = search_keys(clean.name, surname_first=False)
    item.code, item.name, item.category_id, item.kind = clean.code, clean.name, category.id, clean.kind
    item.promised_days, item.statutory_days, item.statutory_note = (clean.promised_days, clean.statutory_days,
                                                                    clean.statutory_note)
    item.tags, item.fee, item.conditions, item.delivery = ",".join(clean.tags), clean.fee, clean.conditions, clean.delivery
    item.legal_basis, item.notes, item.active = clean.legal_basis, clean.notes, clean.active
    item.days_unit = clean.days_unit
    item.name_pinyin, item.name_initials, item.updated_at = full, initials, now
    session.flush()
    session.execute(delete(ServiceMaterial).where(ServiceMaterial.item_id == item.id))
    session.add_all(ServiceMaterial(item_id=item.id, position=i, name=m.name, form=m.form, copies=m.copies,
                                    required=m.required, note=m.note) for i, m in enumerate(clean.materials, 1))
    session.flush()
    return item


@entry(needs=Permission.CATALOGUE_MANAGE)
def save_item(desk: Desk, actor: Actor, data: ItemInput, item_id: int | None = None) -> ItemRow:
    """Add an item (``item_id`` None) or change one; materials are replaced by the given list."""
    clean = clean_item(data)

    def work(session: Session) -> ItemRow:
        item = session.get(ServiceItem, item_id) if item_id is not None else None
        if item_id is not None and item is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "That service item no longer exists. Refresh the list."))
        before = asdict(item_row(session, item)) if item is not None else None
        item = store_item(session, clean, item, desk.now())
        after = item_row(session, item)
        audit.append(session, actor, desk.now(), "catalogue.item_save", "service_item", item.id, before, asdict(after))
        return after

    return write(desk, actor, Permission.CATALOGUE_MANAGE, work)


@entry
def set_item_active(desk: Desk, actor: Actor, item_id: int, active: bool) -> None:
    """Items are retired, never deleted: old cases still point at them."""

    def work(session: Session) -> None:
        item = session.get(ServiceItem, item_id)
        if item is None:
            raise NotFound(QT_TRANSLATE_NOOP("DeskError", "That service item no longer exists. Refresh the list."))
        before = item.active
        item.active, item.updated_at = active, desk.now()
        audit.append(session, actor, desk.now(), "catalogue.item_active", "service_item", item.id,
                     {"active": before}, {"active": active})

    write(desk, actor, Permission.CATALOGUE_MANAGE, work)
