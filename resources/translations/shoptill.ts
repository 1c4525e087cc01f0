<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name></name>
    <message>
        <location filename="../../ui/cashup/over_short.py" line="21"/>
        <source>cashup</source>
        <comment>{amount} short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/over_short.py" line="23"/>
        <source>cashup</source>
        <comment>{amount} over</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/over_short.py" line="24"/>
        <source>cashup</source>
        <comment>Right to the cent: nothing over or short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/report_dialog.py" line="40"/>
        <source>cashup</source>
        <comment>Z report</comment>
        <extracomment>Characters per line on screen: the 80 mm paper&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/report_dialog.py" line="40"/>
        <source>cashup</source>
        <comment>X report</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/report_dialog.py" line="42"/>
        <source>cashup</source>
        <comment>{title} (copy)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="73"/>
        <source>Open shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="73"/>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="75"/>
        <source>Cash in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="75"/>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="78"/>
        <source>Cash out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="78"/>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="80"/>
        <source>X report (figures so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="80"/>
        <source>X report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="82"/>
        <source>Close shift (Z)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="82"/>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="110"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="111"/>
        <source>&amp;Merge into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="112"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="113"/>
        <source>C&amp;olour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="114"/>
        <source>C&amp;lear colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="119"/>
        <source>New category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="124"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="130"/>
        <source>Changes are saved at once. Double-click a name (or press F2) to rename it. A category&apos;s colour is the colour of its tab among the till&apos;s quick picks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="29"/>
        <source>(not imported)</source>
        <extracomment>A column left out of the import reads greyed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="30"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="31"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="32"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="33"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="34"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="35"/>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="36"/>
        <source>Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="37"/>
        <source>Unit (each or kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="38"/>
        <source>Reorder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="39"/>
        <source>Reorder quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="40"/>
        <source>Favourite (quick pick)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="41"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="42"/>
        <source>On hand (sets the stock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="43"/>
        <source>Supplier (usual, by name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="44"/>
        <source>Max level (reorder up to)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjustmentDialog</name>
    <message>
        <location filename="../../ui/stock/adjustments_dialog.py" line="112"/>
        <source>New stock adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_dialog.py" line="115"/>
        <source>&amp;Change stock by (-3 fewer, +2 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_dialog.py" line="116"/>
        <source>Set stock on &amp;hand to (what is on the shelf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_dialog.py" line="124"/>
        <source>Reason for all lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_dialog.py" line="130"/>
        <source>Scan a product, or type a name or SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_dialog.py" line="133"/>
        <source>Adjustment lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_dialog.py" line="149"/>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_dialog.py" line="150"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_dialog.py" line="157"/>
        <source>Adjustment note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_dialog.py" line="158"/>
        <source>A note for the whole adjustment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_dialog.py" line="159"/>
        <source>Adjustment message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_dialog.py" line="164"/>
        <source>Save adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_dialog.py" line="167"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_dialog.py" line="174"/>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_dialog.py" line="258"/>
        <source>Line {n} ({name}): {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjustmentLinesModel</name>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="168"/>
        <source>Product</source>
        <extracomment>The text roles a cell answers.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="169"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="170"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="171"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="172"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjustmentsListModel</name>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="60"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="61"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="62"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="63"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="64"/>
        <source>Value at cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="65"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="66"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="81"/>
        <source>{who} at {till}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AdjustmentsTab</name>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="79"/>
        <source>Adjustments message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="80"/>
        <source>Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="87"/>
        <source>Losses by reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="102"/>
        <source>&amp;New adjustment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="103"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="122"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="122"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="129"/>
        <source>Money lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="140"/>
        <source>Adjustments, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="146"/>
        <source>Losses by reason, from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="148"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="190"/>
        <source>The last day comes before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="200"/>
        <source>Stock lost at cost: {money}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="213"/>
        <source>Adjustment {number} saved: {count} line(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="230"/>
        <source>Pick an adjustment in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="234"/>
        <source>Export adjustment {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="236"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_tab.py" line="244"/>
        <source>{number}: {count} line(s) saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalDialog</name>
    <message>
        <location filename="../../ui/staff/approval.py" line="96"/>
        <source>Manager approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/approval.py" line="103"/>
        <source>{user} may not {what}. A manager can approve it: pick your name and type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/approval.py" line="104"/>
        <source>This user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/approval.py" line="107"/>
        <source>What needs approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/approval.py" line="111"/>
        <source>Managers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/approval.py" line="114"/>
        <source>Nobody here may approve this. The owner can change it on the Staff screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/approval.py" line="117"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/approval.py" line="117"/>
        <source>Approve with this PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/approval.py" line="118"/>
        <source>Approval message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/approval.py" line="119"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/approval.py" line="120"/>
        <source>Cancel: do not approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/approval.py" line="155"/>
        <source>Pick the name of the manager who approves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/approval.py" line="180"/>
        <source>The PIN could not be checked. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../ui/reports/bar_chart.py" line="103"/>
        <source>, </source>
        <extracomment>The bars of the period shown, and of the one before it. The labels and the amounts drawn, for tests and the accessible description. The value axis&apos;s labels, in the shop&apos;s locale.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/bar_chart.py" line="104"/>
        <source>{label}: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/bar_chart.py" line="108"/>
        <source>{title}. {described}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarcodeListModel</name>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="76"/>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="76"/>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="77"/>
        <source>Scale label key {prefix} / item {item} ({labels} labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="82"/>
        <source>In-store EAN-13 (the shop&apos;s own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="84"/>
        <source>UPC-A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="86"/>
        <source>EAN-{length}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="87"/>
        <source>The shop&apos;s own code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarcodesPanel</name>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="113"/>
        <source>Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="117"/>
        <source>New barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="118"/>
        <source>Scan or type a barcode, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="119"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="120"/>
        <source>Add barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="121"/>
        <source>&amp;Generate internal barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="122"/>
        <source>Generate internal barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="124"/>
        <source>A new EAN-13 for goods without a barcode, to print on shelf labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="126"/>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="127"/>
        <source>Remove barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="130"/>
        <source>Barcode message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="131"/>
        <source>&amp;Barcode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="181"/>
        <source>{label} is a scale label: its key {key} was added, so every label of this item rings up this product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="202"/>
        <source>The barcode {code} is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="208"/>
        <source>The barcode {code} already belongs to &apos;{name}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/barcodes_panel.py" line="224"/>
        <source>Internal barcode {code} added: print it on a shelf label.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="47"/>
        <source>Set category…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="48"/>
        <source>Set tax rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="49"/>
        <source>Change price…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="50"/>
        <location filename="../../ui/products/bulk_actions.py" line="113"/>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="51"/>
        <location filename="../../ui/products/bulk_actions.py" line="113"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="52"/>
        <source>Adjust stock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="53"/>
        <source>Print labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="54"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="66"/>
        <source>Select one or more products first (Ctrl+A: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="76"/>
        <location filename="../../ui/products/bulk_actions.py" line="83"/>
        <source>Set category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="77"/>
        <source>Category (type a new name to add one; leave empty for none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="94"/>
        <location filename="../../ui/products/bulk_actions.py" line="98"/>
        <source>Set tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="94"/>
        <source>Tax rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="108"/>
        <source>Change price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="122"/>
        <source>{title}: this changes {count} products. Go ahead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="155"/>
        <source>Not approved: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="161"/>
        <source>{count} products changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="168"/>
        <source>Stopped: no product was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="180"/>
        <source>Pick a product to edit first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/bulk_actions.py" line="240"/>
        <source>Adjustment {number} saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CartModel</name>
    <message>
        <location filename="../../ui/sales/cart_model.py" line="63"/>
        <source>Item</source>
        <extracomment>Where each editable column&apos;s text is kept in ``_Row.edited``. The roles the model answers; a view asks for many more, and those return at once.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/cart_model.py" line="64"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/cart_model.py" line="65"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/cart_model.py" line="66"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/cart_model.py" line="67"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashDialog</name>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="59"/>
        <source>Cash in or out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="60"/>
        <source>Cash in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="61"/>
        <source>Cash out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="64"/>
        <location filename="../../ui/cashup/cash_dialog.py" line="136"/>
        <source>Cash into the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="65"/>
        <location filename="../../ui/cashup/cash_dialog.py" line="138"/>
        <source>Cash out of the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="73"/>
        <source>Amount message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="76"/>
        <source>Change bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="77"/>
        <source>Supplier paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="78"/>
        <source>Bank drop (takings to the bank or safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="79"/>
        <source>Other (say what in the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="84"/>
        <source>Note message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="85"/>
        <source>Cash message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="86"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="87"/>
        <source>Record the cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="89"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="110"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="110"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="112"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="112"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="113"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="113"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/cash_dialog.py" line="165"/>
        <source>Say why the cash was moved: a few words in the note.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CashupForm</name>
    <message>
        <location filename="../../ui/settings/cashup_form.py" line="29"/>
        <source>Blind count: the cashier counts before seeing the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/cashup_form.py" line="30"/>
        <source>Blind cash count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/cashup_form.py" line="32"/>
        <source>The drawer&apos;s expected amount shows only once the count is entered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/cashup_form.py" line="34"/>
        <source>A Z report closes this till&apos;s shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/cashup_form.py" line="36"/>
        <source>A Z report closes every till&apos;s shift at once (one report for the shop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/cashup_form.py" line="38"/>
        <source>Z report per till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/cashup_form.py" line="39"/>
        <source>Z report for the whole shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/cashup_form.py" line="40"/>
        <source>Print the audit log&apos;s seal on every Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/cashup_form.py" line="41"/>
        <source>Print the audit seal on Z reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/cashup_form.py" line="44"/>
        <source>The paper then anchors the log: a later change to what came before shows against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/cashup_form.py" line="51"/>
        <source>Notes and coins, largest first, separated by spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/cashup_form.py" line="53"/>
        <source>Notes and coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/cashup_form.py" line="84"/>
        <source>Leave empty for the usual {currency} notes and coins shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/cashup_form.py" line="92"/>
        <source>ShopTill has no list for {currency}: enter yours, or the drawer is counted as one amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/cashup_form.py" line="109"/>
        <location filename="../../ui/settings/cashup_form.py" line="113"/>
        <source>&apos;{word}&apos; is not the value of a note or coin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="66"/>
        <location filename="../../ui/products/categories_dialog.py" line="87"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="71"/>
        <source>Name, e.g. Bakery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="72"/>
        <source>New category name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="75"/>
        <source>Categories summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="76"/>
        <source>Category message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="88"/>
        <source>Delete category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="155"/>
        <source>1 category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="155"/>
        <source>{n} categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="157"/>
        <source>1 product has no category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="159"/>
        <source>{n} products have no category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="181"/>
        <source>Category {name} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="202"/>
        <source>Category renamed to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="213"/>
        <source>There is no other category to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="220"/>
        <source>{source} merged into {target}: {products} moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="242"/>
        <source>Category {name} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="244"/>
        <source>Category {name} deleted; {products} left without a category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="246"/>
        <source>Category {name} deleted; {products} moved to {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="279"/>
        <source>Colour of {name} cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="281"/>
        <source>Colour of {name} set to {colour}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="295"/>
        <source>Moving {products}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="298"/>
        <source>1 product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="298"/>
        <source>{n} products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="307"/>
        <source>Choose a category in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="332"/>
        <source>Not approved: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/categories_dialog.py" line="348"/>
        <source>That did not work: {why}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryModel</name>
    <message>
        <location filename="../../ui/products/category_model.py" line="35"/>
        <source>Name</source>
        <extracomment>A name is renamed in place by a double-click or F2.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/category_model.py" line="35"/>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/category_model.py" line="35"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/category_model.py" line="66"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryValuesModel</name>
    <message>
        <location filename="../../ui/stock/value_models.py" line="33"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_models.py" line="34"/>
        <source>Products in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_models.py" line="35"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_models.py" line="36"/>
        <source>Value at cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_models.py" line="72"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_models.py" line="79"/>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChooseCategory</name>
    <message>
        <location filename="../../ui/products/category_prompts.py" line="44"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/category_prompts.py" line="46"/>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../ui/cashup/close_dialog.py" line="75"/>
        <source>Close the shift on {till}</source>
        <extracomment>The first blind count on record, once the drawer is being counted again.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/close_dialog.py" line="78"/>
        <source>Count the cash in the drawer. The expected figure shows once the count is done (blind count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/close_dialog.py" line="82"/>
        <source>Count the cash in the drawer, note by note or as one amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/close_dialog.py" line="86"/>
        <source>This Z closes every till&apos;s shift at once: count all the drawers together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/close_dialog.py" line="99"/>
        <source>Close shift message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/close_dialog.py" line="100"/>
        <source>Count done: show the expected cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/close_dialog.py" line="101"/>
        <source>Count done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/close_dialog.py" line="102"/>
        <location filename="../../ui/cashup/close_dialog.py" line="103"/>
        <source>Count again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/close_dialog.py" line="104"/>
        <source>Close the shift (Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/close_dialog.py" line="105"/>
        <source>Close the shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/close_dialog.py" line="107"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/close_dialog.py" line="108"/>
        <source>Cancel: keep the shift open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/close_dialog.py" line="180"/>
        <source>Count done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/close_dialog.py" line="182"/>
        <source>You counted {amount}. Once you go on, this count is kept on record and goes on the Z. Is it right?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/close_dialog.py" line="235"/>
        <source>Counting again. The first count, {amount}, is on record: the Z shows it beside this one, marked recounted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/close_dialog.py" line="276"/>
        <source>Totals not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/close_dialog.py" line="289"/>
        <source>Closing the shift…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountLinesModel</name>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="93"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="93"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="93"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="93"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CounterForm</name>
    <message>
        <location filename="../../ui/settings/counter_form.py" line="19"/>
        <source>Scanning the same item again adds one to its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/counter_form.py" line="21"/>
        <source>Merge repeat scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/counter_form.py" line="22"/>
        <source>Off: every scan adds a new line to the cart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/counter_form.py" line="23"/>
        <location filename="../../ui/settings/counter_form.py" line="24"/>
        <source>Print a receipt for every sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/counter_form.py" line="26"/>
        <source>Off: receipts print only when asked for (Reprint), which saves paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountingView</name>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="86"/>
        <source>Scan a barcode, or type a name or SKU</source>
        <extracomment>Who counts: the user, with a manager once one approved this count. The product a typed quantity goes to: the last one scanned or picked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="87"/>
        <location filename="../../ui/stock/counts_counting.py" line="168"/>
        <source>Scan the first item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="88"/>
        <source>Last item counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="91"/>
        <source>Its running count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="104"/>
        <source>Quantity for the last item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="105"/>
        <source>Quantity or weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="107"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="108"/>
        <source>Set to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="111"/>
        <source>Counted lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="118"/>
        <source>Recount line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="119"/>
        <source>Review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="120"/>
        <source>Count sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="121"/>
        <source>Back to counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="165"/>
        <source> · blind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="166"/>
        <source>Counting: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="188"/>
        <source>Weigh it, type the weight in kg, then Add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="194"/>
        <source>No product has the barcode {code}. Put the item aside and add it in Products, then count it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="215"/>
        <source>Type how many, then Add (or Set to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="223"/>
        <source>Scan or pick an item first, then type its quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="247"/>
        <source>Choose the line to count again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="256"/>
        <source>Count {name} again from the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_counting.py" line="266"/>
        <source>Expected {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsModel</name>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="46"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="47"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="48"/>
        <source>Covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="49"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="50"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="51"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="54"/>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="55"/>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="56"/>
        <source>Sold items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="57"/>
        <source>Chosen products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="69"/>
        <source>, blind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountsTab</name>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="64"/>
        <source>Counts in progress</source>
        <extracomment>Asks where to save: (title, suggested file name, filter) -&gt; a path, or None. Where a file is saved; tests replace it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="65"/>
        <source>Posted counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="66"/>
        <source>Start count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="67"/>
        <source>Continue counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="68"/>
        <source>Cancel count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="69"/>
        <source>Count sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="70"/>
        <source>Review / report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="110"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="112"/>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="178"/>
        <location filename="../../ui/stock/counts_tab.py" line="194"/>
        <source>Choose a count in progress first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="187"/>
        <source>Choose a count first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="198"/>
        <source>Cancel count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="199"/>
        <source>Cancel &apos;{name}&apos;? Nothing it counted will change the stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="218"/>
        <source>Count sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="221"/>
        <source>Count sheet: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="222"/>
        <source>Save count sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="225"/>
        <source>Saving the count sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="236"/>
        <source>Count sheet of {n} products saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="247"/>
        <source>Save variance report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="247"/>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="251"/>
        <source>Saving the variance report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_tab.py" line="254"/>
        <source>Variance report ({n} lines) saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomSizeForm</name>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="29"/>
        <source>A4</source>
        <extracomment>Up to four digits of millimetres and two decimals; a comma counts as the point.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="30"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="31"/>
        <location filename="../../ui/products/label_size_form.py" line="44"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="32"/>
        <source>Label width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="33"/>
        <source>Label height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="34"/>
        <location filename="../../ui/products/label_size_form.py" line="47"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="35"/>
        <location filename="../../ui/products/label_size_form.py" line="48"/>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="36"/>
        <source>Left margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="37"/>
        <source>Top margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="38"/>
        <source>Gap between columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="39"/>
        <source>Gap between rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="41"/>
        <source>centred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="45"/>
        <source>Label width (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="46"/>
        <source>Label height (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="49"/>
        <source>Left margin (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="50"/>
        <source>Top margin (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="51"/>
        <source>Gap between columns (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="52"/>
        <source>Gap between rows (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/label_size_form.py" line="65"/>
        <source>as many as fit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveriesListModel</name>
    <message>
        <location filename="../../ui/stock/deliveries_list_model.py" line="39"/>
        <source>Number</source>
        <extracomment>Who looks: the totals at cost come only for a user who may see costs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_list_model.py" line="40"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_list_model.py" line="41"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_list_model.py" line="42"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_list_model.py" line="43"/>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_list_model.py" line="44"/>
        <source>Supplier&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_list_model.py" line="45"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_list_model.py" line="46"/>
        <source>Total at cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_list_model.py" line="92"/>
        <location filename="../../ui/stock/deliveries_list_model.py" line="100"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_list_model.py" line="95"/>
        <source>Return to supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_list_model.py" line="97"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_list_model.py" line="100"/>
        <source>Posted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveriesTab</name>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="66"/>
        <source>Deliveries message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="67"/>
        <source>&amp;New delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="67"/>
        <source>New delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="68"/>
        <source>&amp;Continue / open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="68"/>
        <source>Open delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="70"/>
        <source>&amp;Return to supplier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="70"/>
        <source>Return to supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="72"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="72"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="73"/>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="73"/>
        <source>Delivery note PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="74"/>
        <source>&amp;Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="74"/>
        <location filename="../../ui/stock/deliveries_tab.py" line="243"/>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="75"/>
        <source>S&amp;uppliers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="75"/>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="111"/>
        <source>Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="230"/>
        <source>Everything not yet returned is on the lines: lower or remove what stays, then post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="244"/>
        <source>Delete this draft of {lines} lines? Nothing was posted from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="276"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="277"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="277"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="279"/>
        <source>Save delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="291"/>
        <source>Saving {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_tab.py" line="294"/>
        <source>Saved {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryEditor</name>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="98"/>
        <source>quantity</source>
        <extracomment>&quot;12*4006381333931&quot;: twelve of that code. Who acts on the delivery shown: the user, with a manager once one approved it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="99"/>
        <source>Quantity for the next scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="100"/>
        <source>Qty 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="105"/>
        <source>Scan a barcode, or type a name or SKU (12*code adds twelve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="107"/>
        <source>Delivery message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="111"/>
        <source>Total at cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="115"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="120"/>
        <source>← Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="120"/>
        <source>Back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="121"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="123"/>
        <source>Separate line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="123"/>
        <source>Add a separate line of this product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="125"/>
        <source>Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="126"/>
        <source>Post…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="126"/>
        <source>Post delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="129"/>
        <source>The same product again on a line of its own: another cost, or free goods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="146"/>
        <source>Delivery lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="242"/>
        <source>Return to supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="242"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="244"/>
        <source>{kind} — draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="250"/>
        <source>{lines} lines · total at cost {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="255"/>
        <source>1 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="255"/>
        <source>{lines} lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="377"/>
        <source>Unknown barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="378"/>
        <source>{message}

Create the product now and add it to this delivery?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="415"/>
        <source>Pick a line first: its product gets a line of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="444"/>
        <source>Draft saved. Continue it later from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="459"/>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="473"/>
        <source>{number} posted: stock and costs are updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="489"/>
        <source>Post this return of {lines} lines, {total} at cost? The goods leave stock. A posted return cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="494"/>
        <source>Post this return of {lines} lines? The goods leave stock. A posted return cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="499"/>
        <source>Post this delivery of {lines} lines, {total} at cost? Stock and costs change. A posted delivery cannot be changed (a return to supplier corrects it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_editor.py" line="505"/>
        <source>Post this delivery of {lines} lines? Stock and costs change. A posted delivery cannot be changed (a return to supplier corrects it).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryHeaderForm</name>
    <message>
        <location filename="../../ui/stock/deliveries_header.py" line="34"/>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_header.py" line="37"/>
        <source>Pick or type a supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_header.py" line="45"/>
        <source>Supplier&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_header.py" line="46"/>
        <source>Delivery note or invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_header.py" line="51"/>
        <source>Delivery date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_header.py" line="53"/>
        <source>Delivery returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_header.py" line="59"/>
        <source>&amp;Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_header.py" line="60"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_header.py" line="61"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_header.py" line="99"/>
        <source>Goods going back to the supplier from delivery {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryLineDelegate</name>
    <message>
        <location filename="../../ui/stock/deliveries_delegate.py" line="19"/>
        <source>quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_delegate.py" line="19"/>
        <source>unit cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryLinesModel</name>
    <message>
        <location filename="../../ui/stock/deliveries_lines_model.py" line="61"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_lines_model.py" line="62"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_lines_model.py" line="63"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_lines_model.py" line="64"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_lines_model.py" line="65"/>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_lines_model.py" line="66"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_lines_model.py" line="165"/>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailsForm</name>
    <message>
        <location filename="../../ui/products/details_form.py" line="66"/>
        <source>Left empty: one is made up</source>
        <extracomment>Without it the cost and margin rows are hidden and never filled (SEE_COSTS).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="74"/>
        <source>None, or type a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="78"/>
        <source>Each (by the piece)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="79"/>
        <source>By weight (price per kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="83"/>
        <source>Scale label keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="84"/>
        <source>On the quick-pick buttons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="85"/>
        <source>Active: sold at the till and found in search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="88"/>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="90"/>
        <source>Price with and without tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="91"/>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="94"/>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="102"/>
        <source>reorder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="104"/>
        <source>reorder quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="106"/>
        <source>maximum level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="107"/>
        <source>0: order the reorder quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="110"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="115"/>
        <source>&amp;SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="116"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="117"/>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="118"/>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="122"/>
        <source>&amp;Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="124"/>
        <source>C&amp;ost (before tax):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="128"/>
        <source>Ta&amp;x rates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="128"/>
        <source>Tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="129"/>
        <source>&amp;Reorder at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="130"/>
        <source>Reorder &amp;quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="131"/>
        <source>Reorder up to (&amp;max):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="132"/>
        <source>Usual su&amp;pplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="133"/>
        <source>Favourite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="134"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="159"/>
        <source>Problem with {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="171"/>
        <source>Left empty: stays {sku}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="185"/>
        <source>(inactive supplier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="201"/>
        <source>Type the price, for example 2.40.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="239"/>
        <source>No scale label key yet: add the scale&apos;s item key as a barcode, e.g. 21 and the item number 00001 as 2100001.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="258"/>
        <source>Type the price to see it with and without tax.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="266"/>
        <source> per kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="268"/>
        <source>{gross} incl. tax = {net} + {tax} tax{per}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="270"/>
        <source>{net} + {tax} tax = {gross}{per}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="278"/>
        <source>Type the cost to see the margin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="280"/>
        <source>No margin on a price of zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/details_form.py" line="284"/>
        <source>Margin {percent} % ({profit}{per} on the price before tax)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftRatesModel</name>
    <message>
        <location filename="../../ui/setup/rates_model.py" line="29"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/rates_model.py" line="29"/>
        <source>Reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/rates_model.py" line="30"/>
        <source>Tax rate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/rates_model.py" line="30"/>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/rates_model.py" line="82"/>
        <source>Give the tax rate &apos;{name}&apos; a percent (it may be 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/rates_model.py" line="84"/>
        <source>tax rate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawerCountForm</name>
    <message>
        <location filename="../../ui/cashup/count_form.py" line="65"/>
        <source>Counted:</source>
        <extracomment>More pieces than this go into two columns (notes, then coins), to fit 600 px screens.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/count_form.py" line="75"/>
        <source>By note and coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/count_form.py" line="76"/>
        <source>As one amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/count_form.py" line="79"/>
        <source>Count by note and coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/count_form.py" line="80"/>
        <source>Count as one amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/count_form.py" line="89"/>
        <source>Amount counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/count_form.py" line="96"/>
        <source>Total counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/count_form.py" line="102"/>
        <source>Count message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/count_form.py" line="122"/>
        <source>How many {piece}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/count_form.py" line="134"/>
        <source>Total of {piece}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/count_form.py" line="151"/>
        <source>Notes and coins</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DrawerFigures</name>
    <message>
        <location filename="../../ui/cashup/drawer_figures.py" line="19"/>
        <source>The drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/drawer_figures.py" line="21"/>
        <source>Expected in the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/drawer_figures.py" line="22"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/drawer_figures.py" line="23"/>
        <source>Over or short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/drawer_figures.py" line="32"/>
        <source>Expected in the drawer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/drawer_figures.py" line="33"/>
        <source>Counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/drawer_figures.py" line="34"/>
        <source>Over or short:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/drawer_figures.py" line="46"/>
        <source>shown once the count is done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndOfDayScreen</name>
    <message>
        <location filename="../../ui/cashup/screen.py" line="36"/>
        <source>End of day tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/screen.py" line="37"/>
        <source>&amp;Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/screen.py" line="38"/>
        <source>&amp;Past reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorsModel</name>
    <message>
        <location filename="../../ui/products/import_models.py" line="179"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="179"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="179"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldDelegate</name>
    <message>
        <location filename="../../ui/products/import_models.py" line="157"/>
        <source>Imports as</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/products/import_pages.py" line="80"/>
        <source>Import products: choose the file</source>
        <extracomment>Rows of the file shown on the columns page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_pages.py" line="83"/>
        <source>A CSV file or an Excel workbook (.xlsx), one product a line, the first line naming the columns. Products are found by SKU, else by barcode: known ones are updated, the others added. Nothing changes before the last step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_pages.py" line="89"/>
        <source>File to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_pages.py" line="90"/>
        <source>products.csv or products.xlsx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_pages.py" line="91"/>
        <source>&amp;Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_pages.py" line="92"/>
        <source>Choose the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_pages.py" line="94"/>
        <source>File message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_pages.py" line="115"/>
        <source>Reading %s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_pages.py" line="124"/>
        <source>%1: %2, %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_pages.py" line="138"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_pages.py" line="140"/>
        <source>Products files (*.csv *.xlsx *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/products/filter_bar.py" line="27"/>
        <source>Filter by name, SKU or barcode</source>
        <extracomment>The category combo&apos;s &quot;no category&quot; entry, apart from the real ids.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/filter_bar.py" line="28"/>
        <source>Filter products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/filter_bar.py" line="31"/>
        <source>Category filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/filter_bar.py" line="33"/>
        <source>Active filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/filter_bar.py" line="35"/>
        <source>Active and inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/filter_bar.py" line="36"/>
        <source>Active only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/filter_bar.py" line="37"/>
        <source>Inactive only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/filter_bar.py" line="40"/>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/filter_bar.py" line="41"/>
        <source>Low stock only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/filter_bar.py" line="42"/>
        <source>Only products at or below their reorder level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/filter_bar.py" line="60"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/filter_bar.py" line="61"/>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBarWithCount</name>
    <message>
        <location filename="../../ui/products/screen.py" line="314"/>
        <source>Products found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/screen.py" line="321"/>
        <source>{count} products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/screen.py" line="325"/>
        <source>{count}+ products…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/setup/first_run.py" line="85"/>
        <location filename="../../ui/setup/first_run.py" line="87"/>
        <source>Welcome to ShopTill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="91"/>
        <source>Set up your shop: it takes a minute and everything can be changed later in Settings. Or try the demo shop first: it has its own products and sales and leaves this till empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="99"/>
        <source>Printed at the top of every receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="104"/>
        <source>How amounts will look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="110"/>
        <source>Shop &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="110"/>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="111"/>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="111"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="112"/>
        <source>&amp;Language and region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="112"/>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="114"/>
        <source>&amp;Tax mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="114"/>
        <source>Tax mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="120"/>
        <source>Tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="129"/>
        <source>Tax &amp;rates (double-click to change):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="131"/>
        <source>Add a rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="132"/>
        <source>Add a tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="133"/>
        <source>Remove rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="134"/>
        <source>Remove the selected tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="136"/>
        <source>Setup message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="137"/>
        <source>Try the &amp;demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="138"/>
        <source>Try the demo shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="139"/>
        <location filename="../../ui/setup/first_run.py" line="140"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="141"/>
        <source>&amp;Create my shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/first_run.py" line="142"/>
        <source>Create my shop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../ui/products/history_panel.py" line="51"/>
        <source>Stock movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_panel.py" line="52"/>
        <source>Price history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_panel.py" line="59"/>
        <source>Stock movements, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_panel.py" line="60"/>
        <source>Price changes, newest first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../ui/home/view.py" line="74"/>
        <source>Sales today</source>
        <extracomment>The figures are read again this often (ms) even when nothing happened.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/view.py" line="75"/>
        <source>In the drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/view.py" line="76"/>
        <source>Low on stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/view.py" line="77"/>
        <source>Last Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/view.py" line="113"/>
        <source>The figures could not be read. They are tried again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/view.py" line="125"/>
        <source>Same day last week: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/view.py" line="129"/>
        <source>{change} against the same day last week ({amount})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/view.py" line="135"/>
        <source>Sales: {count}. {versus}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/view.py" line="139"/>
        <source>No shift is open on this till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/view.py" line="142"/>
        <source>What the drawer should hold now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/view.py" line="146"/>
        <source>Products at or below their reorder level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/view.py" line="148"/>
        <source>Nothing to reorder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/view.py" line="153"/>
        <source>No shift has been closed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/view.py" line="156"/>
        <source>{number}, {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/view.py" line="158"/>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/view.py" line="158"/>
        <source>short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/home/view.py" line="159"/>
        <source>Cash {amount} {word}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/products/import_run.py" line="249"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="251"/>
        <source>Written in one go: Cancel stops it and leaves the products as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="253"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="256"/>
        <source>Import result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="258"/>
        <source>Import message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="277"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="293"/>
        <source>Not approved: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="310"/>
        <source>Done: %1 products added, %2 updated, %3 unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="316"/>
        <source>%s rows with problems were skipped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/products/import_wizard.py" line="43"/>
        <source>Import products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../ui/sales/dialogs/invoice.py" line="45"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/invoice.py" line="49"/>
        <location filename="../../ui/sales/dialogs/invoice.py" line="61"/>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/invoice.py" line="51"/>
        <location filename="../../ui/sales/dialogs/invoice.py" line="62"/>
        <source>Buyer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/invoice.py" line="53"/>
        <source>Buyer address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/invoice.py" line="56"/>
        <source>Buyer tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/invoice.py" line="59"/>
        <source>Invoice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/invoice.py" line="63"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/invoice.py" line="64"/>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/invoice.py" line="68"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/invoice.py" line="88"/>
        <source>Save the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/invoice.py" line="88"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/invoice.py" line="111"/>
        <source>The invoice could not be saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="49"/>
        <source>Shelf labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="56"/>
        <location filename="../../ui/products/labels_dialog.py" line="120"/>
        <source>Label sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="59"/>
        <source>Custom size…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="63"/>
        <source>One label per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="64"/>
        <source>One per piece in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="65"/>
        <source>This many per product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="71"/>
        <source>Labels per product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="78"/>
        <location filename="../../ui/products/labels_dialog.py" line="123"/>
        <source>Start at label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="81"/>
        <source>On a sheet used before: the first free label, counted along each row from the top left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="85"/>
        <source>Print the label edges (a test on plain paper)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="86"/>
        <source>Print label edges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="89"/>
        <location filename="../../ui/products/labels_dialog.py" line="125"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="90"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="91"/>
        <source>Choose the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="95"/>
        <source>How many labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="98"/>
        <source>Labels message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="102"/>
        <location filename="../../ui/products/labels_dialog.py" line="104"/>
        <source>Make labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="122"/>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="158"/>
        <source>Save the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="158"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="189"/>
        <source>Counting the labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="203"/>
        <source>The labels could not be counted: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="215"/>
        <source>No labels: no product here, or none in stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="220"/>
        <source>This makes {labels} on {sheets}{detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="229"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="229"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="230"/>
        <source>{paper}, {columns} x {rows} labels of {width} x {height} mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="239"/>
        <source>1 label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="239"/>
        <source>{n} labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="242"/>
        <source>1 sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="242"/>
        <source>{n} sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="255"/>
        <source>Choose where to save the labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="261"/>
        <source>Making the labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="276"/>
        <source>{labels} on {sheets} saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="283"/>
        <source>{labels} show the code as text only: it is too long to scan on this label size, or has letters a barcode cannot carry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/labels_dialog.py" line="290"/>
        <source>No labels were made: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LossesModel</name>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="93"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="94"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="95"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="96"/>
        <source>Value at cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="124"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="292"/>
        <source>Screens</source>
        <extracomment>Who is signed in: the owner while sign-in is off. Locking and signing in, built once sign-in is on (a one-person shop never loads it). Runs the cycle collector on this thread once the window is shown (show_window). The till, or the sign-in page in front of it while locked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="294"/>
        <source>Sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="295"/>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="296"/>
        <source>Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="297"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="298"/>
        <source>End of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="299"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="300"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="301"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="439"/>
        <source>ShopTill — {shop}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="446"/>
        <source>The Sell screen changes language when ShopTill is next started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="499"/>
        <source>{first}&apos;s cart was parked under their name. {first} can take it back with Resume (F6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="548"/>
        <source>Unsaved settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="549"/>
        <source>Some settings were changed but not saved. Save them now?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MappingModel</name>
    <message>
        <location filename="../../ui/products/import_models.py" line="96"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="96"/>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_models.py" line="96"/>
        <source>Imports as</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/products/import_models.py" line="114"/>
        <source>(column %n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../ui/products/import_pages.py" line="155"/>
        <source>Import products: the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_pages.py" line="158"/>
        <source>Check what each column of the file holds; change it where the guess is wrong. An empty cell leaves a product&apos;s value as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_pages.py" line="162"/>
        <source>Columns of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_pages.py" line="166"/>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_pages.py" line="167"/>
        <source>Columns message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_pages.py" line="168"/>
        <source>The first rows of the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_pages.py" line="204"/>
        <source>Choose the column with the SKU or the barcode: products are found by it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyForm</name>
    <message>
        <location filename="../../ui/settings/money_form.py" line="84"/>
        <source>How amounts will look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="87"/>
        <source>On every line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="88"/>
        <source>Once per receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="93"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="102"/>
        <source>Cash totals are rounded to this coin; card payments and tax are never rounded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="106"/>
        <source>Last cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="107"/>
        <source>Average cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="113"/>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="113"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="114"/>
        <source>&amp;Language and region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="114"/>
        <source>Locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="116"/>
        <source>&amp;Tax mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="116"/>
        <source>Tax mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="117"/>
        <source>Round tax &amp;per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="117"/>
        <source>Tax rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="118"/>
        <source>Cash &amp;rounding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="118"/>
        <source>Cash rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="120"/>
        <source>C&amp;ost of goods:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="120"/>
        <source>Cost method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="149"/>
        <source>cash rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="170"/>
        <source>A delivery averages its cost with the stock on hand, by quantity (with nothing on hand, the delivery&apos;s cost is taken).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="174"/>
        <source>A delivery sets each product&apos;s cost to what was paid for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MovementsModel</name>
    <message>
        <location filename="../../ui/products/history_models.py" line="125"/>
        <source>Date</source>
        <extracomment>Columns of figures, aligned right.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_models.py" line="126"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_models.py" line="127"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_models.py" line="128"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_models.py" line="129"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_models.py" line="130"/>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_models.py" line="133"/>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_models.py" line="134"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_models.py" line="135"/>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_models.py" line="136"/>
        <source>Adjustment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_models.py" line="137"/>
        <source>Stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_models.py" line="138"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewProductDialog</name>
    <message>
        <location filename="../../ui/sales/dialogs/new_product.py" line="41"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/new_product.py" line="47"/>
        <location filename="../../ui/sales/dialogs/new_product.py" line="64"/>
        <source>Barcode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/new_product.py" line="49"/>
        <source>Product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/new_product.py" line="51"/>
        <location filename="../../ui/sales/dialogs/new_product.py" line="66"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/new_product.py" line="53"/>
        <location filename="../../ui/sales/dialogs/new_product.py" line="67"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/new_product.py" line="56"/>
        <location filename="../../ui/sales/dialogs/new_product.py" line="68"/>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/new_product.py" line="59"/>
        <source>Sold by weight (price per kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/new_product.py" line="60"/>
        <source>Sold by weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/new_product.py" line="65"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenShiftDialog</name>
    <message>
        <location filename="../../ui/cashup/open_dialog.py" line="40"/>
        <source>Open the shift on {till}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/open_dialog.py" line="43"/>
        <source>Count the float: the cash in the drawer before the first sale. Type the amount, or count it note by note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/open_dialog.py" line="49"/>
        <source>Float:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/open_dialog.py" line="51"/>
        <source>Open shift message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/open_dialog.py" line="52"/>
        <location filename="../../ui/cashup/open_dialog.py" line="53"/>
        <source>Open shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/open_dialog.py" line="55"/>
        <location filename="../../ui/cashup/open_dialog.py" line="56"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerPinDialog</name>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="36"/>
        <location filename="../../ui/staff/sign_in_tab.py" line="53"/>
        <location filename="../../ui/staff/sign_in_tab.py" line="54"/>
        <source>Turn sign-in on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="39"/>
        <source>Your PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="42"/>
        <source>Type your PIN to turn sign-in on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="43"/>
        <source>Your &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="47"/>
        <source>Choose your PIN (4 to 8 digits, not easy to guess). From now on you sign in with it, and so does everyone you give a PIN to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="50"/>
        <source>Your new &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="50"/>
        <source>PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="57"/>
        <location filename="../../ui/staff/sign_in_tab.py" line="58"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="78"/>
        <source>Type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkedCartsDialog</name>
    <message>
        <location filename="../../ui/sales/dialogs/parked.py" line="80"/>
        <source>Resume a parked cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/parked.py" line="83"/>
        <source>Parked carts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/parked.py" line="93"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/parked.py" line="97"/>
        <source>Parked carts, oldest first:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParkedCartsModel</name>
    <message>
        <location filename="../../ui/sales/dialogs/parked.py" line="48"/>
        <source>Parked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/parked.py" line="49"/>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/parked.py" line="50"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/parked.py" line="51"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/parked.py" line="52"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastReportsModel</name>
    <message>
        <location filename="../../ui/cashup/reports_model.py" line="31"/>
        <source>Number</source>
        <extracomment>Reports read per page.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_model.py" line="32"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_model.py" line="33"/>
        <source>Till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_model.py" line="34"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_model.py" line="35"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_model.py" line="36"/>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_model.py" line="37"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_model.py" line="38"/>
        <source>Over/short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_model.py" line="89"/>
        <source>Z (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_model.py" line="89"/>
        <source>X (so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_model.py" line="103"/>
        <source>{amount} short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_model.py" line="105"/>
        <source>{amount} over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_model.py" line="106"/>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PastReportsTab</name>
    <message>
        <location filename="../../ui/cashup/reports_tab.py" line="52"/>
        <source>Past reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_tab.py" line="61"/>
        <source>Past reports message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_tab.py" line="62"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_tab.py" line="62"/>
        <source>View the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_tab.py" line="64"/>
        <source>Reprint (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_tab.py" line="64"/>
        <source>Reprint the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_tab.py" line="67"/>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_tab.py" line="67"/>
        <location filename="../../ui/cashup/reports_tab.py" line="147"/>
        <source>Save the report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_tab.py" line="82"/>
        <source>{number} was reprinted (marked COPY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_tab.py" line="86"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_tab.py" line="138"/>
        <source>Reprinting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/reports_tab.py" line="149"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="48"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="67"/>
        <source>Amount to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="73"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="74"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="75"/>
        <source>Mobile money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="76"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="89"/>
        <location filename="../../ui/sales/payment_dialog.py" line="122"/>
        <source>Tendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="95"/>
        <source>Payment reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="96"/>
        <source>Reference from the customer&apos;s message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="100"/>
        <location filename="../../ui/sales/payment_dialog.py" line="138"/>
        <source>Change due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="104"/>
        <source>Payment message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="105"/>
        <source>Add payment (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="107"/>
        <source>Add payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="110"/>
        <source>Complete sale (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="111"/>
        <source>Complete sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="115"/>
        <source>Back to the cart (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="116"/>
        <source>Back to the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="124"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="187"/>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="191"/>
        <source>Tender {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="214"/>
        <source>To pay: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="218"/>
        <source>In cash: {amount} (rounding {diff})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/payment_dialog.py" line="248"/>
        <source>That is more than is still owed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PercentDelegate</name>
    <message>
        <location filename="../../ui/setup/rates_model.py" line="93"/>
        <source>tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/setup/rates_model.py" line="94"/>
        <source>Tax rate percent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="185"/>
        <source>PIN for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="187"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="194"/>
        <source>New &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="194"/>
        <source>PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinKeypad</name>
    <message>
        <location filename="../../ui/staff/keypad.py" line="41"/>
        <source>PIN keypad</source>
        <extracomment>A PIN is 4 to 8 digits (the services check the rest: weak PINs, letters). A keypad button a thumb hits without looking twice. Holds the keypad after a wrong PIN for as long as the next try must wait.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/keypad.py" line="43"/>
        <source>PIN typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/keypad.py" line="54"/>
        <location filename="../../ui/staff/keypad.py" line="57"/>
        <source>Digit {d}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/keypad.py" line="56"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/keypad.py" line="56"/>
        <source>Clear the PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/keypad.py" line="59"/>
        <source>⌫ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/keypad.py" line="59"/>
        <source>Remove the last digit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/keypad.py" line="61"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/keypad.py" line="61"/>
        <source>OK: sign in with this PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/keypad.py" line="164"/>
        <source>Type your PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPair</name>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="43"/>
        <source>PIN</source>
        <extracomment>The roles a person can be given here (in this order).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="44"/>
        <source>PIN again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="45"/>
        <source>PIN message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="65"/>
        <source>Type a PIN of 4 to 8 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="67"/>
        <source>The two PINs are not the same. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/products/import_run.py" line="75"/>
        <source>Import products: what will happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="76"/>
        <source>Nothing has been changed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="78"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="79"/>
        <source>Checking the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="82"/>
        <source>What the import will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="85"/>
        <source>Rows with problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="90"/>
        <source>&amp;Save bad rows as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="91"/>
        <source>Save the bad rows as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="92"/>
        <source>Import only the &amp;good rows (skip the bad ones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="93"/>
        <source>Preview message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="96"/>
        <source>Cost column warning</source>
        <extracomment>Said before the import runs: a Cost column the user may not set (the service decides, with the rule the import itself applies).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="119"/>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="157"/>
        <source>This file has a Cost column, and you may not set costs. When you import, a manager will be asked to approve; without that, the import is refused and nothing changes. To import without the costs, go Back and set the Cost column to “(not imported)”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="179"/>
        <source>%1 new, %2 updated, %3 unchanged, %4 with errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="186"/>
        <source>New categories: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="188"/>
        <source>New tax rates: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="191"/>
        <source>Stock is set for %s products (as &apos;import&apos; stock movements).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="197"/>
        <source>Rows with problems stop the whole import unless you import only the good rows. Fix them in your spreadsheet (save them as CSV with a reason column) and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="203"/>
        <source>Nothing to import: every product is already as the file says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="211"/>
        <source>The check was cancelled. Go back to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="226"/>
        <source>Save bad rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="226"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="235"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="238"/>
        <source>%1 bad rows saved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceChangeDialog</name>
    <message>
        <location filename="../../ui/products/price_change_dialog.py" line="30"/>
        <source>Change prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/price_change_dialog.py" line="32"/>
        <source>Raise or lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/price_change_dialog.py" line="33"/>
        <source>Raise prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/price_change_dialog.py" line="34"/>
        <source>Lower prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/price_change_dialog.py" line="36"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/price_change_dialog.py" line="37"/>
        <source>by a percentage (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/price_change_dialog.py" line="39"/>
        <source>by an amount ({symbol})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/price_change_dialog.py" line="41"/>
        <source>change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/price_change_dialog.py" line="42"/>
        <source>How much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/price_change_dialog.py" line="44"/>
        <source>Rounding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/price_change_dialog.py" line="46"/>
        <source>to the smallest coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/price_change_dialog.py" line="47"/>
        <source>to end in .99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/price_change_dialog.py" line="48"/>
        <source>to end in .49 or .99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/price_change_dialog.py" line="49"/>
        <source>to whole units (.00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/price_change_dialog.py" line="50"/>
        <source>to tens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/price_change_dialog.py" line="59"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/price_change_dialog.py" line="70"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PriceHistoryModel</name>
    <message>
        <location filename="../../ui/products/history_models.py" line="175"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_models.py" line="175"/>
        <source>Old price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_models.py" line="175"/>
        <source>New price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_models.py" line="175"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_models.py" line="184"/>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/history_models.py" line="185"/>
        <source>{who} at {till}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrinterForm</name>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="57"/>
        <source>e.g. 192.168.1.50:9100 — empty: no printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="61"/>
        <source>Network: 192.168.1.50:9100    USB: usb:04b8:0202    Device: file:/dev/usb/lp0
Serial: serial:/dev/ttyUSB0:9600    Print queue: cups:Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="70"/>
        <location filename="../../ui/settings/printer_form.py" line="160"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="73"/>
        <source>How long to wait for the printer before saying it does not answer. The sale is kept either way; a slow network printer may need more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="89"/>
        <source>32 on 58 mm paper; 42 or 48 on 80 mm paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="90"/>
        <source>Cut the paper after each receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="92"/>
        <source>Barcode (Code 128)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="93"/>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="94"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="96"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="97"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="98"/>
        <source>Open the cash drawer for cash sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="100"/>
        <source>Pin 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="101"/>
        <source>Pin 5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="102"/>
        <location filename="../../ui/settings/printer_form.py" line="133"/>
        <source>Drawer pulse on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="103"/>
        <location filename="../../ui/settings/printer_form.py" line="134"/>
        <source>Drawer pulse off time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="104"/>
        <source>&amp;Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="105"/>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="107"/>
        <source>Prints a test page with the settings shown here, saved or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="109"/>
        <source>Test print result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="111"/>
        <source>Printer status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="116"/>
        <source>C&amp;onnection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="116"/>
        <source>Printer connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="118"/>
        <source>&amp;Wait for the printer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="118"/>
        <source>Printer timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="120"/>
        <source>Printer &amp;model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="120"/>
        <source>Printer model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="121"/>
        <source>Code &amp;page:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="121"/>
        <source>Code page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="122"/>
        <source>Characters per &amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="123"/>
        <source>Code on receipt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="123"/>
        <source>Receipt code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="124"/>
        <source>&amp;Invoice paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="124"/>
        <source>Invoice paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="126"/>
        <source>Cut paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="129"/>
        <source>Open cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="130"/>
        <source>Drawer on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="130"/>
        <source>Cash drawer pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="131"/>
        <source>Pulse on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="132"/>
        <source>Pulse off:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="136"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="137"/>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="187"/>
        <source>Receipts print on {connection}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="189"/>
        <source>No receipt printer is set up: sales work, receipts are not printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="202"/>
        <source>Characters per line must be a number: usually 32, 42 or 48.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/printer_form.py" line="231"/>
        <source>Printing a test page…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductCellDelegate</name>
    <message>
        <location filename="../../ui/products/delegate.py" line="55"/>
        <source>Product name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/delegate.py" line="58"/>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/delegate.py" line="59"/>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/delegate.py" line="60"/>
        <source>reorder level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="106"/>
        <source>Product tabs</source>
        <extracomment>The fields as the dialog shows them: the first one with a problem gets the cursor.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="107"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="112"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="114"/>
        <source>Product message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="119"/>
        <source>Save product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="121"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="122"/>
        <source>De&amp;lete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="123"/>
        <location filename="../../ui/products/product_dialog.py" line="320"/>
        <location filename="../../ui/products/product_dialog.py" line="357"/>
        <location filename="../../ui/products/product_dialog.py" line="368"/>
        <source>Delete product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="142"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="147"/>
        <source>Product: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="175"/>
        <source>&amp;Barcodes ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="177"/>
        <source>&amp;Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="193"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="194"/>
        <source>Drop the changes you made to this product?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="195"/>
        <source>&amp;Drop changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="321"/>
        <source>Delete &apos;{name}&apos; and its barcodes? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="324"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="341"/>
        <source>it has been sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="343"/>
        <source>its stock has moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="345"/>
        <source>its price has been changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="347"/>
        <source>it is in a cart at {till}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="352"/>
        <source>&apos;{name}&apos; cannot be deleted: {reasons}, and the shop&apos;s records keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="358"/>
        <source>It is deactivated already: the till does not sell it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="365"/>
        <source>Deactivate it instead? It leaves the till and search, and stays in the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/product_dialog.py" line="368"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductSearchModel</name>
    <message>
        <location filename="../../ui/catalog/search_model.py" line="20"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalog/search_model.py" line="20"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalog/search_model.py" line="20"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/catalog/search_model.py" line="20"/>
        <source>In stock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductValuesModel</name>
    <message>
        <location filename="../../ui/stock/value_models.py" line="101"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_models.py" line="102"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_models.py" line="103"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_models.py" line="104"/>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_models.py" line="105"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_models.py" line="155"/>
        <source>No cost was recorded when it moved: today&apos;s cost is used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsModel</name>
    <message>
        <location filename="../../ui/products/model.py" line="168"/>
        <source>SKU</source>
        <extracomment>Rows read at once, and how many such pages are kept. A page is a little more than a screenful: a typed filter walks the sort&apos;s index until it has found a page of matches, so a longer page made each letter slower (50 rows: a filter keystroke&apos;s p95 34 ms). A filter is counted this far before its first rows are shown; a bigger result is counted to the end off the UI thread (broad text such as &quot;dai0&quot; costs 20 ms to count). The exact count of a big result starts once typing pauses this long (ms): a count for each letter typed would be thrown away at the next one, and meanwhile it would take the CPU from painting the rows of that next letter. Each column&apos;s width at first (the user&apos;s own widths are remembered). Each column&apos;s sort; the barcodes column does not sort (a product has several). Editable in place, and the product field each one changes. The shop&apos;s prices include tax: margins are worked out on the price before it. Whether ``total`` is the exact count, or a lower bound while the rest is counted. Counted at once before the first rows are shown (``COUNTED_AT_ONCE``). The exact count being made off the UI thread, if any; a newer filter drops it. Starts the exact count when typing pauses (``COUNT_PAUSE_MS``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/model.py" line="168"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/model.py" line="168"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/model.py" line="168"/>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/model.py" line="169"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/model.py" line="169"/>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/model.py" line="169"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/model.py" line="169"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/model.py" line="170"/>
        <source>Reorder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/model.py" line="170"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/model.py" line="170"/>
        <source>Barcodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/model.py" line="170"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/model.py" line="186"/>
        <source>kg</source>
        <extracomment>Each row&apos;s texts, formatted once, and its colour (grey when inactive, red when low on stock): kept with the rows&apos; pages. One per column, in column order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/model.py" line="186"/>
        <source>each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/model.py" line="188"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/model.py" line="188"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/model.py" line="433"/>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/model.py" line="433"/>
        <source>cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProductsScreen</name>
    <message>
        <location filename="../../ui/products/screen.py" line="73"/>
        <source>Products message</source>
        <extracomment>The columns a user without SEE_COSTS does not see.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/screen.py" line="105"/>
        <source>Products</source>
        <extracomment>Costs and margins are shown only to whoever may see them (the service leaves them out for the others anyway); a layout without them is not remembered.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/screen.py" line="138"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/screen.py" line="139"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/screen.py" line="140"/>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/screen.py" line="141"/>
        <source>Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/screen.py" line="142"/>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/screen.py" line="143"/>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/screen.py" line="144"/>
        <source>Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/screen.py" line="164"/>
        <location filename="../../ui/products/screen.py" line="165"/>
        <source>Change selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/screen.py" line="199"/>
        <source>Not approved: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/screen.py" line="207"/>
        <source>Saved: {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuickPicks</name>
    <message>
        <location filename="../../ui/sales/quick_picks.py" line="79"/>
        <source>Quick picks</source>
        <extracomment>Buttons made in one go: more than a screenful. The style&apos;s own tab edge shows around a category&apos;s colour: the open tab stays clear.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/quick_picks.py" line="143"/>
        <source>/kg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDelegate</name>
    <message>
        <location filename="../../ui/stock/adjustments_dialog.py" line="74"/>
        <source>Line reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <location filename="../../ui/staff/recovery.py" line="116"/>
        <source>Forgot the PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="119"/>
        <source>Type the recovery code shown when sign-in was turned on, and a new PIN for the owner. No code? On the shop&apos;s computer run: shoptill reset-pin NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="125"/>
        <source>Code message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="127"/>
        <location filename="../../ui/staff/recovery.py" line="128"/>
        <source>Set the new PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="131"/>
        <location filename="../../ui/staff/recovery.py" line="132"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="135"/>
        <source>Recovery &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="137"/>
        <source>New &amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="137"/>
        <source>PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/staff/recovery.py" line="39"/>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="42"/>
        <source>If you ever forget your PIN, this code lets you choose a new one. It is shown only now: write it down or print it, and keep it away from the till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="48"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="56"/>
        <source>Printing message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="57"/>
        <source>Print (save as PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="58"/>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="60"/>
        <location filename="../../ui/staff/recovery.py" line="61"/>
        <source>I have written it down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="82"/>
        <source>Save the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="83"/>
        <source>shoptill-recovery.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="84"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="89"/>
        <source>If the owner forgets the PIN: on the sign-in screen choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="90"/>
        <source>&apos;Forgot the PIN?&apos;, type this code and a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="91"/>
        <source>Or on the shop&apos;s computer run: shoptill reset-pin OWNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="92"/>
        <source>Using the code gives a new code: this one then stops working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="96"/>
        <source>ShopTill recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/recovery.py" line="102"/>
        <source>Saved as {path}. Print it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <location filename="../../ui/sales/dialogs/refund.py" line="110"/>
        <location filename="../../ui/sales/dialogs/refund.py" line="136"/>
        <location filename="../../ui/sales/dialogs/refund.py" line="137"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/refund.py" line="115"/>
        <source>Receipt number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/refund.py" line="116"/>
        <source>Scan the receipt or type its number (S000042)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/refund.py" line="118"/>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/refund.py" line="123"/>
        <source>Lines to refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/refund.py" line="128"/>
        <source>Refund everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/refund.py" line="132"/>
        <location filename="../../ui/sales/dialogs/refund.py" line="146"/>
        <source>Pay back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/refund.py" line="135"/>
        <source>Refund message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/refund.py" line="160"/>
        <source>That is a refund receipt; scan the sale&apos;s receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/refund.py" line="174"/>
        <source>Receipt {number}: {total}. Type how many of each item come back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/refund.py" line="182"/>
        <source>Find the receipt first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/refund.py" line="186"/>
        <source>Type a quantity to refund on at least one line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefundLinesModel</name>
    <message>
        <location filename="../../ui/sales/dialogs/refund.py" line="44"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/refund.py" line="45"/>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/refund.py" line="46"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/refund.py" line="47"/>
        <source>Refund now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReorderModel</name>
    <message>
        <location filename="../../ui/stock/reorder_model.py" line="40"/>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_model.py" line="41"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_model.py" line="42"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_model.py" line="43"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_model.py" line="44"/>
        <source>Reorder at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_model.py" line="45"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_model.py" line="46"/>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_model.py" line="47"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_model.py" line="66"/>
        <source>No supplier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReorderTab</name>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="81"/>
        <source>Reorder message</source>
        <extracomment>Without SEE_COSTS: no unit cost, no value, no total, no PDF or CSV (they list them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="84"/>
        <source>Supplier shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="87"/>
        <source>Reorder summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="88"/>
        <source>&amp;Refresh (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="89"/>
        <source>Order sheet &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="90"/>
        <source>Save &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="106"/>
        <source>Products to reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="124"/>
        <source>Supplier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="152"/>
        <source>All suppliers</source>
        <extracomment>The list&apos;s totals being read, if any (``refresh``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="156"/>
        <source>Reading the reorder list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="178"/>
        <source>No product is at or below its reorder level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="184"/>
        <source>{count} product(s) to order: {suppliers} supplier(s), {none} product(s) with no supplier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="195"/>
        <source>{count} product(s) to order: {suppliers} supplier(s), {none} product(s) with no supplier; {money} at cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="213"/>
        <source>Save the order sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="213"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="219"/>
        <source>Making the order sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="223"/>
        <source>Order sheet saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="229"/>
        <source>Save the reorder list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="229"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="235"/>
        <source>Saving the reorder list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/reorder_tab.py" line="238"/>
        <source>{count} product(s) saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportControls</name>
    <message>
        <location filename="../../ui/reports/controls.py" line="41"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="43"/>
        <source>Sales by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="44"/>
        <source>Sales by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="45"/>
        <source>Sales by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="46"/>
        <source>Sales by hour of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="47"/>
        <source>Sales by weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="48"/>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="49"/>
        <source>By product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="50"/>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="51"/>
        <source>By cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="52"/>
        <source>By payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="53"/>
        <source>Top sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="54"/>
        <source>Bottom sellers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="55"/>
        <source>Gross margin by product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="56"/>
        <source>Gross margin by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="57"/>
        <source>Tax collected per rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="62"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="64"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="65"/>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="66"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="67"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="68"/>
        <source>Dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="74"/>
        <location filename="../../ui/reports/controls.py" line="87"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="74"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="80"/>
        <location filename="../../ui/reports/controls.py" line="81"/>
        <source>Compare with the period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/controls.py" line="89"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/cashup/report_dialog.py" line="67"/>
        <source>Report text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/report_dialog.py" line="76"/>
        <source>Report message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/report_dialog.py" line="77"/>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/report_dialog.py" line="78"/>
        <source>Print the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/report_dialog.py" line="79"/>
        <source>Save PDF… (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/report_dialog.py" line="80"/>
        <location filename="../../ui/cashup/report_dialog.py" line="117"/>
        <source>Save the report as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/report_dialog.py" line="81"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/report_dialog.py" line="82"/>
        <source>Close the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/report_dialog.py" line="101"/>
        <source>The report was printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/report_dialog.py" line="104"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/report_dialog.py" line="111"/>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/report_dialog.py" line="119"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/report_dialog.py" line="125"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <location filename="../../ui/cashup/report_output.py" line="65"/>
        <source>No receipt printer is set up. Add one in Settings, or save the report as a PDF.</source>
        <extracomment>True while a print or a save is on its way.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/report_output.py" line="100"/>
        <source>The report did not print: {why} It is kept: print it again, or save it as a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <location filename="../../ui/reports/words.py" line="18"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="19"/>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="20"/>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="21"/>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="22"/>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="23"/>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="24"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="25"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="26"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="27"/>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="28"/>
        <source>Previous net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="29"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="30"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="31"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="32"/>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="33"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="34"/>
        <source>Net before tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="35"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="36"/>
        <source>Previous amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="37"/>
        <source>Tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="38"/>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="39"/>
        <source>References</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="40"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="41"/>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="42"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="43"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="44"/>
        <source>Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="45"/>
        <source>Weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="46"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="47"/>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="48"/>
        <source>Net sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="49"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="50"/>
        <source>Margin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="51"/>
        <source>Margin %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="54"/>
        <source>Sales totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="55"/>
        <source>Sales by product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="56"/>
        <source>Sales by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="57"/>
        <source>Sales by cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="58"/>
        <source>Sales by tender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="59"/>
        <source>Sales by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="60"/>
        <source>Sales by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="61"/>
        <source>Sales by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="62"/>
        <source>Sales by hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="63"/>
        <source>Sales by weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="64"/>
        <source>Tax collected per rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="65"/>
        <source>Top {count} sellers by amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="68"/>
        <source>Top {count} sellers by quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="71"/>
        <source>Bottom {count} sellers by amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="74"/>
        <source>Bottom {count} sellers by quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="77"/>
        <source>Gross margin by product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="80"/>
        <source>Gross margin by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="83"/>
        <source>Gross margin by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="84"/>
        <source>Gross margin by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="85"/>
        <source>Gross margin by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="90"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="91"/>
        <source>Whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="92"/>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="93"/>
        <source>Sales</source>
        <comment>figure: the number of sales</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="96"/>
        <source>Refunds</source>
        <comment>figure: the number of refunds</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="99"/>
        <source>Gross before discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="100"/>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="101"/>
        <source>Sold</source>
        <comment>figure</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="102"/>
        <source>Refunded</source>
        <comment>figure</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="103"/>
        <source>Net (sales less refunds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="104"/>
        <source>Tax</source>
        <comment>figure</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="105"/>
        <source>Net before tax</source>
        <comment>figure</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="106"/>
        <source>cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="107"/>
        <source>card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="108"/>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="109"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="112"/>
        <source>Refunds paid out are taken off the way they were paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="115"/>
        <source>Sales less refunds; a refund counts when it was paid out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="118"/>
        <source>Cost: each product&apos;s unit cost when it was sold (recorded by the sale&apos;s stock movement); {count} line(s) sold before ShopTill recorded it use the product&apos;s current cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="126"/>
        <source>{first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="127"/>
        <source>{year}-W{week:02}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="128"/>
        <source>W{week}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="129"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="130"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/words.py" line="131"/>
        <source>No sales in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsScreen</name>
    <message>
        <location filename="../../ui/reports/screen.py" line="73"/>
        <source>Chart of the report</source>
        <extracomment>Choices made within this many ms are asked for once. The reports&apos; words in the user&apos;s language (headings, titles, &apos;Total&apos; ...).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="78"/>
        <source>Report table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="85"/>
        <source>Reports message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="89"/>
        <source>Save as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="90"/>
        <source>Save for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="91"/>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="135"/>
        <source>Working it out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="150"/>
        <source>{title}, {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="181"/>
        <source>The report could not be made. Try again; if it keeps failing, run shoptill check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="196"/>
        <source>{title}: the biggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="205"/>
        <source>The period before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="214"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="217"/>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="218"/>
        <source>Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="219"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="232"/>
        <source>Save the report as a .csv, .xlsx or .pdf file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="249"/>
        <source>Saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/reports/screen.py" line="259"/>
        <source>The report could not be saved: {reason}. Check the folder exists and you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="178"/>
        <source>SKU</source>
        <extracomment>Who looks: costs and values come only for a user who may see costs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="179"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="180"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="181"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="182"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="183"/>
        <source>Variance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="184"/>
        <source>Unit cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="185"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="186"/>
        <source>Counted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="187"/>
        <source>Approved by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="87"/>
        <location filename="../../ui/stock/counts_review_view.py" line="157"/>
        <source>Adding up…</source>
        <extracomment>Asks the user to confirm posting; tests replace it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="88"/>
        <source>Totals of the count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="93"/>
        <source>Who posted and approved the count</source>
        <extracomment>Who posted the count and the manager who approved (empty while it is open and no one had to approve starting it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="99"/>
        <source>Counted lines, biggest losses first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="102"/>
        <source>Products not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="104"/>
        <source>Counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="105"/>
        <source>Not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="106"/>
        <source>Leave their stock as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="107"/>
        <source>Count them as zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="112"/>
        <source>Products not counted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="113"/>
        <location filename="../../ui/stock/counts_review_view.py" line="155"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="114"/>
        <source>Recount line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="115"/>
        <source>Variance report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="116"/>
        <source>Post count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="150"/>
        <source>Review{number}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="155"/>
        <source>Back to counting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="173"/>
        <source>Posted by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="175"/>
        <source>Approved by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="185"/>
        <source>{lines} lines, {varied} with a variance · {uncounted} products in scope not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="193"/>
        <location filename="../../ui/stock/counts_review_view.py" line="208"/>
        <source>Not counted ({n})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="197"/>
        <source>{lines} lines, {varied} with a variance · losses {loss} · gains {gain} · net {net} at cost · {uncounted} products in scope not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="214"/>
        <source>Choose the line to count again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="235"/>
        <source>Post &apos;{name}&apos;? Each variance becomes a stock movement and the count can no longer change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="239"/>
        <source>The {n} products nobody counted are set to zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="245"/>
        <source>Posting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="259"/>
        <source>Posted as {number}: {moves} stock movements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="272"/>
        <source>Not approved: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_review_view.py" line="289"/>
        <source>Post count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <location filename="../../ui/staff/roles_tab.py" line="60"/>
        <source>Owner: {what}</source>
        <extracomment>The roles whose permissions the owner sets, one column each.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/roles_tab.py" line="65"/>
        <source>{role}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/roles_tab.py" line="71"/>
        <source>Discount without approval, up to (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/roles_tab.py" line="77"/>
        <source>{role}: discount limit in percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/roles_tab.py" line="83"/>
        <source>The owner may always do everything, so that an owner can undo any change. Where a cashier may not do something, a manager can approve it on the spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/roles_tab.py" line="88"/>
        <source>Roles message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/roles_tab.py" line="89"/>
        <location filename="../../ui/staff/roles_tab.py" line="90"/>
        <source>Save roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/roles_tab.py" line="132"/>
        <source>Saved. The change applies at once, on every till.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/roles_tab.py" line="141"/>
        <source>{role}: the discount limit must be a percentage, like 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/roles_tab.py" line="147"/>
        <source>{role}: the discount limit must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SalesScreen</name>
    <message>
        <location filename="../../ui/sales/screen.py" line="70"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="71"/>
        <source>Printer message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="99"/>
        <source>Cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="255"/>
        <source>Add product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="281"/>
        <location filename="../../ui/sales/screen.py" line="283"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="282"/>
        <source>Weight in kg:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="126"/>
        <location filename="../../ui/sales/screen.py" line="296"/>
        <location filename="../../ui/sales/screen.py" line="307"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="127"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="128"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="129"/>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="130"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="131"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="132"/>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="134"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="135"/>
        <source>No sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="139"/>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="307"/>
        <source>New quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="330"/>
        <source>price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="337"/>
        <source>Discount on the whole cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="338"/>
        <source>Percentage (10%) or amount (1.50); empty for none:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="339"/>
        <source>Cart discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="362"/>
        <source>The cart is empty: scan or pick an item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="389"/>
        <source>{number} completed. Change: {change}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="405"/>
        <source>{number} is saved, but its receipt did not print: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="133"/>
        <location filename="../../ui/sales/screen.py" line="411"/>
        <source>Reprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="433"/>
        <source>Void the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="434"/>
        <source>Throw away every item in the cart? This is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="442"/>
        <source>The cart was voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="448"/>
        <source>No sale has been completed at this till yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="451"/>
        <source>Reprinting {number}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/screen.py" line="479"/>
        <source>Drawer opened (no sale). This is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/parked.py" line="113"/>
        <source>The cart is empty: there is nothing to park.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/parked.py" line="121"/>
        <source>Park the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/parked.py" line="122"/>
        <source>A note to find it again (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/parked.py" line="126"/>
        <source>Cart parked. Resume it with F6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/dialogs/parked.py" line="135"/>
        <source>There are no parked carts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleModel</name>
    <message numerus="yes">
        <location filename="../../ui/products/import_models.py" line="55"/>
        <source>(column %n)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScanBox</name>
    <message>
        <location filename="../../ui/sales/scan_box.py" line="67"/>
        <source>Scan or search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/scan_box.py" line="68"/>
        <source>Scan a barcode, or type a name or SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/scan_box.py" line="79"/>
        <source>Matching products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/settings/screen.py" line="80"/>
        <source>Settings sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="84"/>
        <source>Shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="85"/>
        <source>Money &amp;&amp; tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="86"/>
        <source>Tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="87"/>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="88"/>
        <source>Receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="89"/>
        <source>End of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="91"/>
        <source>Settings message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="92"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="98"/>
        <source>Save ({shortcut})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="99"/>
        <source>Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="100"/>
        <source>Check and store every setting on these tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="212"/>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="220"/>
        <source>Settings saved. The other screens speak the new language when next opened; this one and Sell when ShopTill is next started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="239"/>
        <source>Test page printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/screen.py" line="246"/>
        <source>The test page could not be printed: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShiftTab</name>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="60"/>
        <location filename="../../ui/cashup/shift_tab.py" line="104"/>
        <source>Reading the shift…</source>
        <extracomment>The manager who approved opening the shift, by name (empty for none). False until the first reading of the shift has come back.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="61"/>
        <source>Shift state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="69"/>
        <source>Shift details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="71"/>
        <source>Shift message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="139"/>
        <source>No open shift on {till}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="142"/>
        <source>Open the shift with the float in the drawer before the first sale. A sale made first opens the shift itself, with an empty drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="149"/>
        <source>{till}: shift open since {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="153"/>
        <source>Opened {date} by {who}, with a float of {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="155"/>
        <source>a sale (no one counted a float)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="159"/>
        <source>Approved by {manager}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="175"/>
        <source>The shift is open with {amount} in the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="188"/>
        <source>{amount} put into the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="190"/>
        <source>{amount} taken out of the drawer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/shift_tab.py" line="219"/>
        <source>The shift is closed: {number}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopForm</name>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="31"/>
        <source>Printed at the top of every receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="34"/>
        <source>Street, town, phone: one line each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="38"/>
        <source>VAT or tax registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="40"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="42"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="43"/>
        <source>Choose a logo image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="57"/>
        <source>Shop &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="57"/>
        <source>Shop name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="58"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="58"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="59"/>
        <source>&amp;Tax ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="59"/>
        <source>Tax ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="60"/>
        <source>&amp;Logo image:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="60"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="61"/>
        <source>Logo image file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="62"/>
        <source>Receipt &amp;footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="62"/>
        <source>Receipt footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="83"/>
        <source>Give the shop a name: it prints on every receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="101"/>
        <source>The logo file {path} cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="104"/>
        <source>The logo file {path} is not a picture. Use a PNG or JPEG image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="113"/>
        <source>Choose a logo for the receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/shop_form.py" line="115"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShopHeader</name>
    <message>
        <location filename="../../ui/app.py" line="120"/>
        <source>Shop</source>
        <extracomment>The navigation entries of the Staff and Settings screens (hidden from whoever may not). Navigation entries hidden from a user who may not use them. The screens built on first use, which are built again for another person or language. Lock the till (Ctrl+L): shown only while sign-in is on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="121"/>
        <source>Cashier and till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="122"/>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="123"/>
        <source>Lock the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="124"/>
        <source>Printer state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="125"/>
        <source>Low stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="127"/>
        <source>Products at or below their reorder level: see the reorder list on Stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="138"/>
        <source>{cashier} at {till}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="151"/>
        <source>{count} low on stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="156"/>
        <source>Printer ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="156"/>
        <source>Printer problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="157"/>
        <source>No receipt printer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="40"/>
        <source>Who is at the till?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="45"/>
        <location filename="../../ui/staff/sign_in.py" line="58"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="48"/>
        <source>Cart waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="50"/>
        <source>Staff names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="51"/>
        <location filename="../../ui/staff/sign_in.py" line="125"/>
        <source>Touch your name, then type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="53"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="58"/>
        <source>Sign in with this PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="59"/>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="60"/>
        <location filename="../../ui/staff/sign_in.py" line="61"/>
        <source>Forgot the PIN?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="64"/>
        <source>The owner&apos;s recovery code sets a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="67"/>
        <location filename="../../ui/staff/sign_in.py" line="68"/>
        <source>Ask a manager to unlock</source>
        <extracomment>Shown while the chosen name is locked out: a manager standing by lifts the lock.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="70"/>
        <source>A manager (or the owner) types their own PIN, and this name may try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="115"/>
        <source>Nobody is set up to sign in. Start ShopTill with sign-in off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="120"/>
        <source>Locked. {name}&apos;s cart is kept: {name} carries on with it; anyone else starts a new cart and it is parked under {name}&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="139"/>
        <source>The owner&apos;s PIN is changed: sign in with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="148"/>
        <source>{name} is locked out by wrong PINs. A manager can unlock it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="154"/>
        <source>{name}, type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="169"/>
        <source>{name} is locked out by wrong PINs. A manager can unlock {name} now: pick your name and type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="174"/>
        <source>Still locked: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="184"/>
        <source>{name} is unlocked: type your PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="200"/>
        <source>Touch your name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="206"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in.py" line="232"/>
        <source>The PIN could not be checked. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInTab</name>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="105"/>
        <source>Sign-in state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="111"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="112"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="113"/>
        <location filename="../../ui/staff/sign_in_tab.py" line="114"/>
        <source>Save auto-lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="117"/>
        <source>Sign-in message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="121"/>
        <source>Lock an idle till after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="121"/>
        <source>Auto-lock minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="142"/>
        <source>Sign-in is on: the till opens on the sign-in screen, and Lock (Ctrl+L) hands it to the next person with one PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="146"/>
        <source>Turn sign-in off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="150"/>
        <source>Sign-in is off: the till opens ready to sell, as the owner. Turn it on when others work the till, so each sale records who made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="154"/>
        <source>Turn sign-in on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="178"/>
        <source>Sign-in is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="183"/>
        <source>Turn sign-in off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="185"/>
        <source>Turn sign-in off? The till will open as the owner, with no PIN, and anyone at it can do what the owner can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="199"/>
        <source>Sign-in is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/sign_in_tab.py" line="211"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffModel</name>
    <message>
        <location filename="../../ui/staff/staff_model.py" line="35"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_model.py" line="36"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_model.py" line="37"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_model.py" line="38"/>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_model.py" line="39"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_model.py" line="78"/>
        <source>Too many wrong PINs. Unlock lets them try again now.</source>
        <extracomment>&quot;Now&quot;, for whether a lock has run out; set on each read, so a test can fix it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_model.py" line="87"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_model.py" line="87"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_model.py" line="89"/>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_model.py" line="89"/>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_model.py" line="95"/>
        <source>Until {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../ui/staff/screen.py" line="47"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/screen.py" line="53"/>
        <source>Staff message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/screen.py" line="61"/>
        <source>Staff tabs</source>
        <extracomment>What the user may do here, read again on each refresh (a role may change).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/screen.py" line="62"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/screen.py" line="63"/>
        <source>&amp;Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/screen.py" line="64"/>
        <source>&amp;Sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/screen.py" line="76"/>
        <source>Add person…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/screen.py" line="77"/>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/screen.py" line="78"/>
        <source>Set PIN…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/screen.py" line="79"/>
        <location filename="../../ui/staff/screen.py" line="132"/>
        <location filename="../../ui/staff/screen.py" line="182"/>
        <source>Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/screen.py" line="80"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/screen.py" line="132"/>
        <source>Reactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/screen.py" line="140"/>
        <source>Choose a person in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/screen.py" line="151"/>
        <source>{name} was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/screen.py" line="163"/>
        <source>{name} was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/screen.py" line="172"/>
        <source>{name} has a new PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/screen.py" line="184"/>
        <source>Deactivate {name}? They can no longer sign in; their sales stay recorded under their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/screen.py" line="210"/>
        <source>{name} can sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartCountDialog</name>
    <message>
        <location filename="../../ui/stock/counts_start_dialog.py" line="48"/>
        <source>Start a stock count</source>
        <extracomment>Who started the count: the user, with the approver when a manager approved it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_start_dialog.py" line="50"/>
        <source>Count name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_start_dialog.py" line="51"/>
        <source>e.g. Dairy, Friday evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_start_dialog.py" line="55"/>
        <source>All products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_start_dialog.py" line="56"/>
        <source>These categories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_start_dialog.py" line="57"/>
        <source>Items sold since the last count (or today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_start_dialog.py" line="58"/>
        <source>These products (one barcode or SKU a line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_start_dialog.py" line="74"/>
        <source>Categories to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_start_dialog.py" line="78"/>
        <source>Products to count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_start_dialog.py" line="80"/>
        <source>Blind count: the counter does not see the expected stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_start_dialog.py" line="87"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_start_dialog.py" line="91"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_start_dialog.py" line="94"/>
        <source>Count:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_start_dialog.py" line="106"/>
        <source>Count of {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockScreen</name>
    <message>
        <location filename="../../ui/stock/screen.py" line="54"/>
        <source>Stock tabs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/screen.py" line="58"/>
        <source>&amp;Deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/screen.py" line="59"/>
        <source>&amp;Counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/screen.py" line="60"/>
        <source>&amp;Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/screen.py" line="61"/>
        <source>&amp;Reorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/screen.py" line="62"/>
        <source>Stock &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StockValueTab</name>
    <message>
        <location filename="../../ui/stock/value_tab.py" line="66"/>
        <source>Stock value date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_tab.py" line="67"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_tab.py" line="68"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_tab.py" line="69"/>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_tab.py" line="73"/>
        <source>Working out the stock value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_tab.py" line="77"/>
        <source>Stock value message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_tab.py" line="80"/>
        <source>Stock value by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_tab.py" line="81"/>
        <source>Products of the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_tab.py" line="112"/>
        <source>Stock at the end of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_tab.py" line="166"/>
        <source>Valued at the unit cost each product&apos;s last movement recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/stock/value_tab.py" line="169"/>
        <source>%n product(s) below zero are counted at a negative value.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_tab.py" line="212"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_tab.py" line="215"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_tab.py" line="222"/>
        <source>Save the stock value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/value_tab.py" line="243"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuppliersDialog</name>
    <message>
        <location filename="../../ui/stock/deliveries_suppliers.py" line="134"/>
        <location filename="../../ui/stock/deliveries_suppliers.py" line="139"/>
        <source>Suppliers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_suppliers.py" line="148"/>
        <location filename="../../ui/stock/deliveries_suppliers.py" line="149"/>
        <source>New supplier&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_suppliers.py" line="150"/>
        <source>&amp;Add supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_suppliers.py" line="151"/>
        <source>Add supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_suppliers.py" line="152"/>
        <source>Show suppliers taken off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_suppliers.py" line="153"/>
        <source>Suppliers message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuppliersModel</name>
    <message>
        <location filename="../../ui/stock/deliveries_suppliers.py" line="60"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_suppliers.py" line="60"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_suppliers.py" line="60"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/deliveries_suppliers.py" line="60"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxRateModel</name>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="54"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="54"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="54"/>
        <source>Products using it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaxRatesPanel</name>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="120"/>
        <source>Tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="137"/>
        <source>Name, e.g. Reduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="138"/>
        <source>New tax rate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="139"/>
        <source>tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="140"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="141"/>
        <source>New tax rate percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="143"/>
        <source>&amp;Add rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="144"/>
        <source>Add rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="145"/>
        <source>S&amp;witch off selected rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="146"/>
        <source>Deactivate rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="148"/>
        <source>Tax rate message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="151"/>
        <source>Tax rate changes are saved at once. Double-click a name to rename it. A rate&apos;s percent never changes: to change it, add a new rate, move the products to it, then switch the old one off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="159"/>
        <source>New rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="205"/>
        <source>Tax rate {name} ({percent} %) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="226"/>
        <source>Tax rate renamed to {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="232"/>
        <source>Choose a tax rate in the table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/tax_rates.py" line="247"/>
        <source>Tax rate {name} switched off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TenderChecks</name>
    <message>
        <location filename="../../ui/cashup/tender_checks.py" line="89"/>
        <source>Card and mobile money</source>
        <extracomment>A tick box is a touch target: at least this high. Tenders shown at once; more scroll (a shop takes at most card, mobile money and other).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/tender_checks.py" line="137"/>
        <source>{tender}: {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/tender_checks.py" line="139"/>
        <source>{tender} total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/tender_checks.py" line="144"/>
        <source>{tender} payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/tender_checks.py" line="148"/>
        <source>{tender} checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/tender_checks.py" line="176"/>
        <source>1 payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/tender_checks.py" line="178"/>
        <source>{n} payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/tender_checks.py" line="182"/>
        <source>{payments}, {references} with a reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TillLock</name>
    <message>
        <location filename="../../ui/staff/lock.py" line="56"/>
        <source>Lock the till</source>
        <extracomment>The key that locks the till, from any screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalsPanel</name>
    <message>
        <location filename="../../ui/sales/totals_panel.py" line="26"/>
        <location filename="../../ui/sales/totals_panel.py" line="39"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/totals_panel.py" line="28"/>
        <location filename="../../ui/sales/totals_panel.py" line="40"/>
        <source>Discounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/totals_panel.py" line="30"/>
        <location filename="../../ui/sales/totals_panel.py" line="41"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/totals_panel.py" line="33"/>
        <location filename="../../ui/sales/totals_panel.py" line="44"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/sales/totals_panel.py" line="52"/>
        <source>incl.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UncountedModel</name>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="241"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="242"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="243"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/counts_models.py" line="244"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="87"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="89"/>
        <source>Change {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="93"/>
        <source>Name message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="100"/>
        <source>Role message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="101"/>
        <source>Active: may sign in and work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="102"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="104"/>
        <source>Active message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="106"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="113"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="115"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="119"/>
        <source>&amp;PIN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="119"/>
        <source>New &amp;PIN (empty: keep it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/user_dialog.py" line="120"/>
        <source>PIN &amp;again:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_ProgressRow</name>
    <message>
        <location filename="../../ui/products/import_run.py" line="54"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/import_run.py" line="55"/>
        <source>Cancel %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="608"/>
        <source>ShopTill cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cashup</name>
    <message>
        <location filename="../../ui/cashup/refusals.py" line="40"/>
        <source>Something went wrong and nothing was changed: {why}. The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/refusals.py" line="64"/>
        <source>Not approved: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/cashup/refusals.py" line="69"/>
        <source>A manager or the owner can do it at this till.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>owner</name>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="30"/>
        <source>Damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="31"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="32"/>
        <source>Theft or loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="33"/>
        <source>Own use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="34"/>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/stock/adjustments_models.py" line="35"/>
        <source>Other (say in the note)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/products/category_prompts.py" line="83"/>
        <source>Merge {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/category_prompts.py" line="85"/>
        <source>Merge &apos;{name}&apos; into which category? Its products move there, and &apos;{name}&apos; is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/category_prompts.py" line="88"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/category_prompts.py" line="113"/>
        <source>Delete category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/category_prompts.py" line="114"/>
        <source>Delete the category &apos;{name}&apos;? It has no products.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/category_prompts.py" line="122"/>
        <source>&apos;{name}&apos; has 1 product. Where should it go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/category_prompts.py" line="124"/>
        <source>&apos;{name}&apos; has {n} products. Where should they go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/category_prompts.py" line="127"/>
        <source>Delete {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/category_prompts.py" line="130"/>
        <source>Move and &amp;delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/products/category_prompts.py" line="143"/>
        <source>Colour of {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>progress</name>
    <message>
        <location filename="../../ui/progress.py" line="40"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../ui/settings/money_form.py" line="58"/>
        <source>Prices include tax</source>
        <extracomment>Locales offered in the list; any other Babel locale can be typed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/settings/money_form.py" line="60"/>
        <source>Prices exclude tax (added at the till)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>staff</name>
    <message>
        <location filename="../../ui/approved_work.py" line="62"/>
        <location filename="../../ui/staff/approval.py" line="60"/>
        <source>Not approved: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/messages.py" line="15"/>
        <source>That PIN is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/messages.py" line="18"/>
        <source>Wait {seconds} s before the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/messages.py" line="24"/>
        <source>One try left before this name is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/messages.py" line="28"/>
        <source>{n} tries left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/messages.py" line="33"/>
        <source>Too many wrong PINs: this name is locked until {time}. A manager (or the owner) can unlock it sooner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="18"/>
        <source>sell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="19"/>
        <source>give a refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="20"/>
        <source>void a line or the cart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="21"/>
        <source>give a discount this big</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="22"/>
        <source>change a price at the till</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="23"/>
        <source>open the drawer without a sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="24"/>
        <source>put cash in or take it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="25"/>
        <source>close a shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="26"/>
        <source>edit products or prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="27"/>
        <source>see costs and margins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="28"/>
        <source>receive deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="29"/>
        <source>adjust stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="30"/>
        <source>count stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="31"/>
        <source>post a stock count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="32"/>
        <source>see reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="33"/>
        <source>change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="34"/>
        <source>manage staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="35"/>
        <source>unlock someone locked out by wrong PINs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/permission_words.py" line="45"/>
        <source>Give a discount above the limit below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_model.py" line="22"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_model.py" line="23"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/staff/staff_model.py" line="24"/>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
