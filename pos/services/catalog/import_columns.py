"""Which column of a products file holds what: the fields, guessed from headers, remembered.

The guess reads headers in English and in the shop's language ('Preis', 'Prix', 'Precio' ...),
folded to lower case without accents or punctuation. The mapping the user confirms is kept
as a shop setting (its own key in the settings table) and wins over the guess next time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from enum import StrEnum

from sqlalchemy import insert, select, update

from pos.db.engine import Database
from pos.db.tables import settings as settings_table
from pos.services.lookup import fold

#: The settings key of the last confirmed mapping: {folded header: field}.
MAPPING_KEY = "product_import_mapping"


class Field(StrEnum):
    """What a column of a products file can hold."""

    SKU = "sku"
    NAME = "name"
    CATEGORY = "category"
    PRICE = "price"
    COST = "cost"
    TAX_RATE = "tax_rate"
    BARCODES = "barcodes"
    UNIT = "unit"
    REORDER_LEVEL = "reorder_level"
    REORDER_QUANTITY = "reorder_quantity"
    FAVOURITE = "favourite"
    ACTIVE = "active"
    ON_HAND = "on_hand"
    SUPPLIER = "supplier"
    MAX_LEVEL = "max_level"


#: The header export writes for each field it writes, in export's column order (the usual
#: supplier and the max level are read by the import, not written by the export yet).
HEADERS: dict[Field, str] = {
    Field.SKU: "SKU",
    Field.NAME: "Name",
    Field.CATEGORY: "Category",
    Field.PRICE: "Price",
    Field.COST: "Cost",
    Field.TAX_RATE: "Tax rate",
    Field.BARCODES: "Barcodes",
    Field.UNIT: "Unit",
    Field.REORDER_LEVEL: "Reorder level",
    Field.REORDER_QUANTITY: "Reorder quantity",
    Field.FAVOURITE: "Favourite",
    Field.ACTIVE: "Active",
    Field.ON_HAND: "On hand",
}

#: Header words per field, folded (see ``_folded``). English first, then other languages.
_SYNONYMS: dict[Field, tuple[str, ...]] = {
    Field.SKU: (
        "sku", "item code", "code", "product code", "article number", "item number", "ref",
        "reference", "artikelnummer", "artnr", "art nr", "artikel nr", "reference produit",
        "code article", "codigo", "referencia", "codice", "codice articolo", "artikelcode",
        "kod", "numer katalogowy", "codigo do produto",
    ),
    Field.NAME: (
        "name", "product", "product name", "description", "item", "item name", "title",
        "bezeichnung", "artikel", "produkt", "artikelname", "nom", "produit", "designation",
        "libelle", "nombre", "producto", "descripcion", "nome", "prodotto", "descrizione",
        "naam", "omschrijving", "nazwa", "produto", "produktnamn", "benaming",
    ),
    Field.CATEGORY: (
        "category", "group", "department", "kategorie", "warengruppe", "gruppe", "categorie",
        "famille", "rayon", "categoria", "familia", "reparto", "categorie", "groep",
        "kategoria", "kategori",
    ),
    Field.PRICE: (
        "price", "sale price", "selling price", "retail price", "unit price", "preis",
        "verkaufspreis", "vk", "vk preis", "prix", "prix de vente", "precio", "pvp",
        "precio de venta", "prezzo", "prezzo di vendita", "prijs", "verkoopprijs", "cena",
        "preco", "pris",
    ),
    Field.COST: (
        "cost", "cost price", "purchase price", "buying price", "einkaufspreis", "ek",
        "ek preis", "kosten", "prix d achat", "cout", "cout d achat", "coste", "costo",
        "precio de compra", "prezzo di acquisto", "inkoopprijs", "kostprijs", "cena zakupu",
        "custo", "preco de custo", "inkopspris",
    ),
    Field.TAX_RATE: (
        "tax rate", "tax", "vat", "vat rate", "gst", "sales tax", "tax percent", "mwst",
        "mwst satz", "ust", "steuersatz", "steuer", "tva", "taux de tva", "taxe", "iva",
        "tipo de iva", "aliquota iva", "btw", "btw tarief", "vat %", "stawka vat", "moms",
    ),
    Field.BARCODES: (
        "barcodes", "barcode", "ean", "ean13", "ean 13", "upc", "gtin", "bar code",
        "strichcode", "barcode", "code barre", "code barres", "code ean", "codigo de barras",
        "codice a barre", "streepjescode", "kod kreskowy", "codigo de barras", "streckkod",
    ),
    Field.UNIT: (
        "unit", "uom", "unit of measure", "sold by", "einheit", "mengeneinheit", "unite",
        "unidad", "unita", "eenheid", "jednostka", "unidade", "enhet",
    ),
    Field.REORDER_LEVEL: (
        "reorder level", "reorder point", "minimum stock", "min stock", "mindestbestand",
        "meldebestand", "stock minimum", "seuil de reapprovisionnement", "stock minimo",
        "scorta minima", "minimumvoorraad", "stan minimalny", "estoque minimo",
    ),
    Field.REORDER_QUANTITY: (
        "reorder quantity", "reorder qty", "order quantity", "bestellmenge",
        "quantite de reapprovisionnement", "quantite a commander", "cantidad de pedido",
        "quantita di riordino", "bestelhoeveelheid", "ilosc zamowienia",
        "quantidade de encomenda",
    ),
    Field.FAVOURITE: (
        "favourite", "favorite", "quick pick", "quick picks", "favorit", "schnellwahl",
        "favori", "favorito", "favoriet", "ulubiony",
    ),
    Field.ACTIVE: (
        "active", "enabled", "status", "aktiv", "actif", "activo", "attivo", "actief",
        "aktywny", "ativo", "aktiv",
    ),
    Field.ON_HAND: (
        "on hand", "stock", "quantity", "qty", "in stock", "stock on hand", "bestand",
        "lagerbestand", "menge", "stock disponible", "quantite", "existencias", "cantidad",
        "giacenza", "quantita", "voorraad", "stan", "ilosc", "estoque", "quantidade",
        "lager", "saldo",
    ),
    Field.SUPPLIER: (
        "supplier", "usual supplier", "vendor", "supplier name", "lieferant", "fournisseur",
        "proveedor", "fornitore", "leverancier", "dostawca", "fornecedor", "leverantor",
    ),
    Field.MAX_LEVEL: (
        "max level", "maximum level", "max stock", "maximum stock", "order up to",
        "hochstbestand", "maximalbestand", "stock maximum", "stock maximo", "scorta massima",
        "maximumvoorraad", "stan maksymalny", "estoque maximo",
    ),
}  # fmt: skip

_NOT_WORD = re.compile(r"[^0-9a-z%]+")
_LOOKUP = {word: field for field, words in _SYNONYMS.items() for word in words}
_VALUES = {field.value: field for field in Field}


def _folded(header: str) -> str:
    """'Prix d'achat (€)' -> 'prix d achat': what the synonyms are compared with."""
    return " ".join(_NOT_WORD.sub(" ", fold(header)).split())


Mapping = tuple[Field | None, ...]


def guess_mapping(headers: Sequence[str], remembered: dict[str, str] | None = None) -> Mapping:
    """A field for each column (None: not imported), each field used at most once.

    A header the user mapped last time keeps that field; otherwise its words are looked up
    among the synonyms (the whole header first, then without a trailing unit or currency).
    """
    remembered = remembered or {}
    used: set[Field] = set()
    result: list[Field | None] = []
    for header in headers:
        key = _folded(header)
        field: Field | None = None
        if key in remembered:
            field = _VALUES.get(remembered[key])
        else:
            field = _LOOKUP.get(key) or _LOOKUP.get(key.rsplit(" ", 1)[0] if " " in key else "")
        if field in used:
            field = None
        if field is not None:
            used.add(field)
        result.append(field)
    return tuple(result)


def check_mapping(mapping: Mapping) -> Mapping:
    """``mapping`` as given, or ValueError if a field is chosen for two columns."""
    chosen = [f for f in mapping if f is not None]
    if len(chosen) != len(set(chosen)):
        raise ValueError("a field is mapped to two columns")
    return mapping


def remembered_mapping(db: Database) -> dict[str, str]:
    """The mapping the user last confirmed: {folded header: field}."""
    with db.read() as uow:
        raw = uow.connection.scalar(
            select(settings_table.c.value).where(settings_table.c.key == MAPPING_KEY)
        )
    if raw is None:
        return {}
    stored = json.loads(raw)
    return {str(k): str(v) for k, v in stored.items()} if isinstance(stored, dict) else {}


def remember_mapping(db: Database, headers: Sequence[str], mapping: Mapping) -> None:
    """Keep the user's choice for these headers, added to what was remembered before.

    A column set to "not imported" is remembered too, so that it stays that way.
    """
    merged = remembered_mapping(db)
    for header, field in zip(headers, mapping, strict=True):
        if header.strip():
            merged[_folded(header)] = field.value if field is not None else ""
    value = json.dumps(merged, sort_keys=True)
    with db.write() as uow:
        changed = uow.connection.execute(
            update(settings_table).where(settings_table.c.key == MAPPING_KEY).values(value=value)
        ).rowcount
        if not changed:
            uow.connection.execute(insert(settings_table).values(key=MAPPING_KEY, value=value))
        uow.commit()
