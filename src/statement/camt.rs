//! ISO 20022 camt.052 (account report), camt.053 (statement) and camt.054
//! (debit/credit notification), every version banks send (.001.02 to
//! .001.08): elements are matched by local name, so the namespace version
//! does not matter. Only booked entries are rows.

use roxmltree::{Document, Node, ParsingOptions};

use super::parse::{self, AccountFilter, LineCounter};
use super::{Format, Hints, ReadOptions, Skipped, Statement, Transaction};
use crate::domain::currency::Currency;
use crate::error::{Error, Result};

/// Deeper than any camt message (about 12 levels); a deeper file is not one.
const MAX_DEPTH: usize = 32;

const ROOTS: [&str; 3] = ["BkToCstmrStmt", "BkToCstmrAcctRpt", "BkToCstmrDbtCdtNtfctn"];
const STATEMENTS: [&str; 3] = ["Stmt", "Rpt", "Ntfctn"];

pub(super) fn read(text: &str, options: &ReadOptions) -> Result<Statement> {
    check_depth(text)?;
    let parsing = ParsingOptions {
        allow_dtd: false,
        ..ParsingOptions::default()
    };
    let doc = Document::parse_with_options(text, parsing).map_err(|e| {
        Error::invalid(format!(
            "the camt statement is not well-formed XML ({e}); --format says which format it is"
        ))
    })?;
    let root = doc
        .descendants()
        .find(|n| ROOTS.contains(&n.tag_name().name()))
        .ok_or_else(|| {
            Error::invalid(format!(
                "the XML document has no {} element, so it is not a camt.052/053/054 \
                 statement; --format says which format it is",
                ROOTS.join(", ")
            ))
        })?;
    let mut out = Statement::new(Format::Camt);
    let mut filter = AccountFilter::new(options.account.as_deref());
    let mut lines = LineCounter::new(text);
    for statement in elements(root, &STATEMENTS) {
        let account = path(statement, &["Acct", "Id", "IBAN"])
            .or_else(|| path(statement, &["Acct", "Id", "Othr", "Id"]))
            .map(text_of);
        if let Some(account) = &account {
            filter.saw(account);
        }
        if !filter.keeps(account.as_deref()) {
            continue;
        }
        let currency = path(statement, &["Acct", "Ccy"]).and_then(|n| parse::currency(&text_of(n)));
        for ntry in elements(statement, &["Ntry"]) {
            let line = lines.line_at(ntry.range().start);
            entry(ntry, currency, line, &mut out);
        }
    }
    filter.finish()?;
    Ok(out)
}

/// The element nesting, counted over the raw text before roxmltree builds
/// a tree of it: a 100,000-deep file is refused in one linear pass.
fn check_depth(xml: &str) -> Result<()> {
    let bytes = xml.as_bytes();
    let mut depth = 0usize;
    let mut lines = LineCounter::new(xml);
    let mut i = 0;
    let skip_to = |from: usize, end: &str| -> usize {
        xml.get(from..)
            .and_then(|rest| rest.find(end))
            .map_or(bytes.len(), |at| from + at + end.len())
    };
    while let Some(at) = bytes
        .get(i..)
        .and_then(|r| r.iter().position(|b| *b == b'<'))
    {
        let at = i + at;
        let rest = bytes.get(at..).unwrap_or_default();
        i = if rest.starts_with(b"<!--") {
            skip_to(at + 4, "-->")
        } else if rest.starts_with(b"<![CDATA[") {
            skip_to(at + 9, "]]>")
        } else if rest.starts_with(b"<?") {
            skip_to(at + 2, "?>")
        } else if rest.starts_with(b"<!") {
            skip_to(at + 2, ">")
        } else if rest.starts_with(b"</") {
            depth = depth.saturating_sub(1);
            skip_to(at + 2, ">")
        } else {
            let end = tag_end(bytes, at + 1);
            if bytes.get(end.wrapping_sub(1)) != Some(&b'/') {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Err(Error::invalid(format!(
                        "line {} of the camt statement nests elements more than {MAX_DEPTH} \
                         deep; no bank statement does",
                        lines.line_at(at)
                    )));
                }
            }
            end + 1
        };
    }
    Ok(())
}

/// Where an opening tag's `>` is, outside quoted attribute values.
fn tag_end(bytes: &[u8], from: usize) -> usize {
    let mut quote = None;
    let mut j = from;
    while let Some(&c) = bytes.get(j) {
        match (quote, c) {
            (None, b'"' | b'\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, b'>') => break,
            _ => {}
        }
        j += 1;
    }
    j
}

/// Children of `node` with one of these local names.
fn elements<'a, 'i>(
    node: Node<'a, 'i>,
    names: &'static [&str],
) -> impl Iterator<Item = Node<'a, 'i>> {
    node.children()
        .filter(move |n| n.is_element() && names.contains(&n.tag_name().name()))
}

fn child<'a, 'i>(node: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    node.children()
        .find(|n| n.is_element() && n.tag_name().name() == name)
}

fn path<'a, 'i>(node: Node<'a, 'i>, names: &[&str]) -> Option<Node<'a, 'i>> {
    names.iter().try_fold(node, |node, name| child(node, name))
}

fn text_of(node: Node<'_, '_>) -> String {
    node.text().unwrap_or("").trim().to_string()
}

fn path_text(node: Node<'_, '_>, names: &[&str]) -> Option<String> {
    path(node, names).map(text_of).filter(|t| !t.is_empty())
}

/// Booked: `<Sts>BOOK</Sts>` (up to .001.08) or `<Sts><Cd>BOOK</Cd></Sts>`
/// (from .001.09); an entry that says nothing is taken as booked.
fn booked(ntry: Node<'_, '_>) -> bool {
    match child(ntry, "Sts") {
        None => true,
        Some(sts) => {
            let code = path_text(sts, &["Cd"]).unwrap_or_else(|| text_of(sts));
            code.eq_ignore_ascii_case("BOOK")
        }
    }
}

/// `BookgDt` (`Dt`, or `DtTm`'s day), else `ValDt`: the day and as written.
fn entry_date(ntry: Node<'_, '_>) -> Option<(chrono::NaiveDate, String)> {
    ["BookgDt", "ValDt"].iter().find_map(|which| {
        let holder = child(ntry, which)?;
        let written = path_text(holder, &["Dt"]).or_else(|| path_text(holder, &["DtTm"]))?;
        Some((parse::iso_date(&written)?, written))
    })
}

/// An `Amt` element's value and currency, signed by `CdtDbtInd`.
fn signed_amount(
    amt: Node<'_, '_>,
    debit: bool,
) -> std::result::Result<(rust_decimal::Decimal, Option<Currency>), String> {
    let written = text_of(amt);
    let value = parse::amount(&written)
        .filter(|v| !v.is_sign_negative())
        .ok_or_else(|| {
            format!(
                "Amt `{}` is not an amount subs can hold",
                parse::quote(&written)
            )
        })?;
    let currency = amt.attribute("Ccy").and_then(parse::currency);
    Ok((if debit { -value } else { value }, currency))
}

fn debit_of(node: Node<'_, '_>) -> Option<bool> {
    match path_text(node, &["CdtDbtInd"])?.as_str() {
        "DBIT" => Some(true),
        "CRDT" => Some(false),
        _ => None,
    }
}

/// One `<Ntry>`: one row, or one per `<TxDtls>` of a batch that gives each
/// its own amount.
fn entry(ntry: Node<'_, '_>, currency: Option<Currency>, line: usize, out: &mut Statement) {
    if !booked(ntry) {
        return;
    }
    match entry_rows(ntry, currency, line) {
        Ok(rows) => out.transactions.extend(rows),
        Err(reason) => out.skipped.push(Skipped { line, reason }),
    }
}

fn entry_rows(
    ntry: Node<'_, '_>,
    currency: Option<Currency>,
    line: usize,
) -> std::result::Result<Vec<Transaction>, String> {
    let (date, date_text) =
        entry_date(ntry).ok_or("the entry has no BookgDt or ValDt date (YYYY-MM-DD)")?;
    let debit = debit_of(ntry).ok_or("the entry's CdtDbtInd is neither CRDT nor DBIT")?;
    let amt = child(ntry, "Amt").ok_or("the entry has no Amt")?;
    let (amount, ccy) = signed_amount(amt, debit)?;
    let details: Vec<Node> = ntry
        .children()
        .filter(|n| n.tag_name().name() == "NtryDtls")
        .flat_map(|d| elements(d, &["TxDtls"]))
        .collect();
    let entry_id = path_text(ntry, &["AcctSvcrRef"]).or_else(|| path_text(ntry, &["NtryRef"]));
    let base = Transaction {
        id: entry_id.clone(),
        date,
        date_text,
        amount,
        currency: ccy.or(currency),
        payee: String::new(),
        memo: String::new(),
        hints: Hints::default(),
        line,
    };
    let batch: Option<Vec<Node>> = (details.len() > 1)
        .then(|| {
            details
                .iter()
                .map(|tx| tx_amount(*tx))
                .collect::<Option<Vec<_>>>()
        })
        .flatten();
    let Some(amounts) = batch else {
        let mut row = base;
        describe(&mut row, ntry, details.first().copied(), debit);
        if row.id.is_none() {
            row.id = details.first().and_then(|tx| tx_ref(*tx));
        }
        return Ok(vec![row]);
    };
    let mut rows = Vec::with_capacity(details.len());
    for (index, (tx, amt)) in details.iter().zip(amounts).enumerate() {
        let tx_debit = debit_of(*tx).unwrap_or(debit);
        let (amount, ccy) = signed_amount(amt, tx_debit)?;
        let mut row = base.clone();
        row.amount = amount;
        row.currency = ccy.or(base.currency);
        row.id = tx_ref(*tx).or_else(|| entry_id.as_ref().map(|id| format!("{id}/{}", index + 1)));
        describe(&mut row, ntry, Some(*tx), tx_debit);
        rows.push(row);
    }
    Ok(rows)
}

/// A batch member's own amount: `AmtDtls/TxAmt/Amt`, else its `Amt`.
fn tx_amount<'a, 'i>(tx: Node<'a, 'i>) -> Option<Node<'a, 'i>> {
    path(tx, &["AmtDtls", "TxAmt", "Amt"]).or_else(|| child(tx, "Amt"))
}

/// A `TxDtls`' own reference; `NOTPROVIDED` is what SEPA writes for none.
fn tx_ref(tx: Node<'_, '_>) -> Option<String> {
    ["AcctSvcrRef", "EndToEndId"]
        .iter()
        .filter_map(|name| path_text(tx, &["Refs", name]))
        .find(|r| !r.eq_ignore_ascii_case("NOTPROVIDED"))
}

/// Payee, memo and hints from the entry and its (first or own) `TxDtls`.
fn describe(row: &mut Transaction, ntry: Node<'_, '_>, tx: Option<Node<'_, '_>>, debit: bool) {
    let mut memo = String::new();
    if let Some(tx) = tx {
        row.payee = counterparty(tx, debit).unwrap_or_default();
        let ustrd: Vec<String> = tx
            .children()
            .filter(|n| n.tag_name().name() == "RmtInf")
            .flat_map(|r| elements(r, &["Ustrd"]))
            .map(text_of)
            .collect();
        add_piece(&mut memo, &ustrd.join(" "));
        add_piece(
            &mut memo,
            &path_text(tx, &["AddtlTxInf"]).unwrap_or_default(),
        );
        row.hints = tx_hints(tx);
    }
    add_piece(
        &mut memo,
        &path_text(ntry, &["AddtlNtryInf"]).unwrap_or_default(),
    );
    row.memo = memo;
    if let Some(code) = child(ntry, "BkTxCd") {
        code_hints(code, &mut row.hints);
    }
}

/// Appends a piece of text unless the memo already says it (banks repeat
/// `Ustrd` in `AddtlNtryInf`).
fn add_piece(memo: &mut String, piece: &str) {
    let piece = parse::squash(piece);
    if piece.is_empty() || memo.contains(&piece) {
        return;
    }
    if !memo.is_empty() {
        memo.push(' ');
    }
    memo.push_str(&piece);
}

/// The other side: the creditor of a debit, the debtor of a credit
/// (`Cdtr/Nm` up to .001.07, `Cdtr/Pty/Nm` from .001.08).
fn counterparty(tx: Node<'_, '_>, debit: bool) -> Option<String> {
    let parties = child(tx, "RltdPties")?;
    let (party, ultimate) = if debit {
        ("Cdtr", "UltmtCdtr")
    } else {
        ("Dbtr", "UltmtDbtr")
    };
    path_text(parties, &[party, "Nm"])
        .or_else(|| path_text(parties, &[party, "Pty", "Nm"]))
        .or_else(|| path_text(parties, &[ultimate, "Nm"]))
        .or_else(|| path_text(parties, &[ultimate, "Pty", "Nm"]))
}

/// A SEPA mandate (`MndtRltdInf/MndtId`, or `Refs/MndtId`) is a direct
/// debit and names its series; the creditor id names the merchant.
fn tx_hints(tx: Node<'_, '_>) -> Hints {
    let mut hints = Hints::default();
    hints.mandate = tx
        .descendants()
        .filter(|n| n.tag_name().name() == "MndtId")
        .map(text_of)
        .find(|m| !m.is_empty() && !m.eq_ignore_ascii_case("NOTPROVIDED"));
    hints.creditor = tx
        .descendants()
        .filter(|n| n.tag_name().name() == "CdtrSchmeId")
        .find_map(|n| path_text(n, &["Id", "PrvtId", "Othr", "Id"]));
    hints.direct_debit = hints.mandate.is_some();
    if let Some(code) = child(tx, "BkTxCd") {
        code_hints(code, &mut hints);
    }
    hints
}

/// ISO bank transaction codes (`RDDT`/`IDDT` families, SEPA `ESDD`/`BBDD`
/// sub-families, `STDO` standing orders) and proprietary ones (German
/// `NDDT+105`, or a text naming a direct debit).
fn code_hints(code: Node<'_, '_>, hints: &mut Hints) {
    let family = path_text(code, &["Domn", "Fmly", "Cd"]).unwrap_or_default();
    let sub = path_text(code, &["Domn", "Fmly", "SubFmlyCd"]).unwrap_or_default();
    if matches!(family.as_str(), "RDDT" | "IDDT")
        || matches!(sub.as_str(), "ESDD" | "BBDD" | "PMDD" | "OODD" | "DDEBIT")
    {
        hints.direct_debit = true;
    }
    if sub == "STDO" {
        hints.standing_order = true;
    }
    let proprietary = path_text(code, &["Prtry", "Cd"]).unwrap_or_default();
    let upper = proprietary.to_ascii_uppercase();
    if upper.contains("DDT") || upper.contains("DDEBIT") {
        hints.direct_debit = true;
    }
    if let Some(gv) = upper.split('+').nth(1) {
        parse::gv_code_hints(gv, hints);
    }
    parse::keyword_hints(&proprietary, hints);
}

#[cfg(test)]
mod tests {

    use rust_decimal::Decimal;

    use super::*;
    use crate::statement::testing::{day, dec};

    fn read_camt(text: &str) -> Statement {
        read(text, &ReadOptions::default()).unwrap()
    }

    const V02: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
<BkToCstmrStmt><GrpHdr><MsgId>M1</MsgId></GrpHdr>
<Stmt><Id>S1</Id>
<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>
<Ntry><NtryRef>N1</NtryRef><AcctSvcrRef>REF1</AcctSvcrRef>
<Amt Ccy="EUR">9.99</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
<BookgDt><Dt>2024-01-05</Dt></BookgDt><ValDt><Dt>2024-01-06</Dt></ValDt>
<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RDDT</Cd><SubFmlyCd>ESDD</SubFmlyCd></Fmly></Domn></BkTxCd>
<NtryDtls><TxDtls>
<Refs><EndToEndId>NOTPROVIDED</EndToEndId><MndtId>MANDATE-7</MndtId></Refs>
<RltdPties><Cdtr><Nm>Netflix International B.V.</Nm></Cdtr>
<CdtrSchmeId><Id><PrvtId><Othr><Id>NL12ZZZ123</Id></Othr></PrvtId></Id></CdtrSchmeId>
</RltdPties>
<RmtInf><Ustrd>Netflix</Ustrd><Ustrd>member 42</Ustrd></RmtInf>
<AddtlTxInf>SEPA Core</AddtlTxInf>
</TxDtls></NtryDtls>
<AddtlNtryInf>Netflix member 42</AddtlNtryInf>
</Ntry>
<Ntry><Amt Ccy="EUR">50.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>PDNG</Sts>
<BookgDt><Dt>2024-01-07</Dt></BookgDt></Ntry>
<Ntry><NtryRef>N3</NtryRef><Amt Ccy="EUR">1500.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
<ValDt><DtTm>2024-01-08T09:30:00+01:00</DtTm></ValDt>
<NtryDtls><TxDtls><RltdPties><Dbtr><Nm>Employer GmbH</Nm></Dbtr></RltdPties></TxDtls></NtryDtls>
</Ntry>
<Ntry><Amt Ccy="USD">12.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
<BookgDt><Dt>2024-01-09</Dt></BookgDt>
<BkTxCd><Prtry><Cd>NDDT+105+0000</Cd></Prtry></BkTxCd>
<NtryDtls><TxDtls><Refs><AcctSvcrRef>TXREF</AcctSvcrRef></Refs></TxDtls></NtryDtls>
</Ntry>
<Ntry><NtryRef>BATCH</NtryRef><Amt Ccy="EUR">30.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>
<BookgDt><Dt>2024-01-10</Dt></BookgDt>
<NtryDtls>
<TxDtls><Refs><EndToEndId>E2E-A</EndToEndId></Refs>
<AmtDtls><TxAmt><Amt Ccy="EUR">10.00</Amt></TxAmt></AmtDtls>
<RltdPties><Cdtr><Nm>Gym</Nm></Cdtr></RltdPties></TxDtls>
<TxDtls><Amt Ccy="EUR">20.00</Amt>
<RltdPties><Cdtr><Nm>Phone</Nm></Cdtr></RltdPties><RmtInf><Ustrd>Phone plan</Ustrd></RmtInf></TxDtls>
</NtryDtls>
</Ntry>
<Ntry><Amt Ccy="EUR">1.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts></Ntry>
</Stmt>
</BkToCstmrStmt>
</Document>
"#;

    #[test]
    fn booked_entries_with_dates_amounts_ids_payees_and_memos() {
        let statement = read_camt(V02);
        assert_eq!(statement.format, Format::Camt);
        let rows = &statement.transactions;
        assert_eq!(rows.len(), 5, "the pending entry is left out: {rows:#?}");
        let netflix = &rows[0];
        assert_eq!(
            (netflix.date, netflix.amount, netflix.id.as_deref()),
            (day(2024, 1, 5), dec("-9.99"), Some("REF1"))
        );
        assert_eq!(netflix.date_text, "2024-01-05");
        assert_eq!(netflix.payee, "Netflix International B.V.");
        assert_eq!(netflix.memo, "Netflix member 42 SEPA Core");
        assert_eq!(netflix.currency, Currency::parse("EUR").ok());
        assert_eq!(netflix.line, 6);
        let salary = &rows[1];
        assert_eq!(salary.date, day(2024, 1, 8), "ValDt's DtTm when no BookgDt");
        assert_eq!(salary.date_text, "2024-01-08T09:30:00+01:00");
        assert_eq!(salary.amount, dec("1500.00"));
        assert_eq!(salary.payee, "Employer GmbH", "the debtor of a credit");
        assert_eq!(salary.id.as_deref(), Some("N3"));
        let usd = &rows[2];
        assert_eq!(usd.currency, Some(Currency::USD));
        assert_eq!(usd.id.as_deref(), Some("TXREF"), "the TxDtls' reference");
        assert!(usd.hints.direct_debit, "NDDT+105");
    }

    #[test]
    fn mandate_creditor_and_codes_are_hints() {
        let rows = read_camt(V02).transactions;
        let hints = &rows[0].hints;
        assert!(hints.direct_debit && !hints.standing_order);
        assert_eq!(hints.mandate.as_deref(), Some("MANDATE-7"));
        assert_eq!(hints.creditor.as_deref(), Some("NL12ZZZ123"));
        assert_eq!(rows[1].hints, Hints::default());
    }

    #[test]
    fn a_batch_is_one_row_per_transaction_with_its_own_amount() {
        let rows = read_camt(V02).transactions;
        let batch: Vec<(Decimal, &str, &str, &str)> = rows[3..]
            .iter()
            .map(|r| {
                (
                    r.amount,
                    r.payee.as_str(),
                    r.id.as_deref().unwrap(),
                    r.memo.as_str(),
                )
            })
            .collect();
        assert_eq!(
            batch,
            [
                (dec("-10.00"), "Gym", "E2E-A", ""),
                (dec("-20.00"), "Phone", "BATCH/2", "Phone plan")
            ]
        );
    }

    #[test]
    fn an_entry_without_a_date_is_skipped_with_its_line() {
        let skipped = read_camt(V02).skipped;
        assert_eq!(skipped.len(), 1);
        assert_eq!(skipped[0].line, 41);
        assert!(
            skipped[0].reason.contains("BookgDt"),
            "{}",
            skipped[0].reason
        );
    }

    #[test]
    fn version_08_status_code_and_party_names_and_prefixed_elements() {
        let xml = r#"<?xml version="1.0"?>
<c:Document xmlns:c="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><c:BkToCstmrStmt><c:Stmt>
<c:Acct><c:Id><c:Othr><c:Id>12345</c:Id></c:Othr></c:Id></c:Acct>
<c:Ntry><c:Amt Ccy="CHF">5.00</c:Amt><c:CdtDbtInd>DBIT</c:CdtDbtInd>
<c:Sts><c:Cd>BOOK</c:Cd></c:Sts><c:BookgDt><c:DtTm>2024-02-01T00:00:00</c:DtTm></c:BookgDt>
<c:NtryDtls><c:TxDtls><c:RltdPties><c:Cdtr><c:Pty><c:Nm>Swisscom</c:Nm></c:Pty></c:Cdtr></c:RltdPties>
<c:RmtInf><c:Ustrd>Abo Februar</c:Ustrd></c:RmtInf></c:TxDtls></c:NtryDtls></c:Ntry>
<c:Ntry><c:Amt Ccy="CHF">7.00</c:Amt><c:CdtDbtInd>DBIT</c:CdtDbtInd>
<c:Sts><c:Cd>PDNG</c:Cd></c:Sts><c:BookgDt><c:Dt>2024-02-02</c:Dt></c:BookgDt></c:Ntry>
</c:Stmt></c:BkToCstmrStmt></c:Document>"#;
        let rows = read_camt(xml).transactions;
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].payee, "Swisscom");
        assert_eq!(rows[0].memo, "Abo Februar");
        assert_eq!(rows[0].date, day(2024, 2, 1));
        let options = ReadOptions {
            account: Some("12345".into()),
            ..ReadOptions::default()
        };
        assert_eq!(read(xml, &options).unwrap().transactions.len(), 1);
    }

    #[test]
    fn camt_052_reports_and_054_notifications() {
        for (root, statement, ns) in [
            ("BkToCstmrAcctRpt", "Rpt", "052.001.02"),
            ("BkToCstmrDbtCdtNtfctn", "Ntfctn", "054.001.04"),
        ] {
            let xml = format!(
                "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.{ns}\"><{root}><{statement}>\
                 <Ntry><Amt Ccy=\"EUR\">3.50</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts>\
                 <BookgDt><Dt>2024-03-01</Dt></BookgDt><AddtlNtryInf>Coffee</AddtlNtryInf></Ntry>\
                 </{statement}></{root}></Document>"
            );
            let rows = read_camt(&xml).transactions;
            assert_eq!(rows.len(), 1, "{root}");
            assert_eq!(
                (rows[0].amount, rows[0].memo.as_str()),
                (dec("-3.50"), "Coffee")
            );
        }
    }

    #[test]
    fn the_account_option_keeps_one_statement() {
        let two = V02.replace(
            "</Stmt>\n</BkToCstmrStmt>",
            "</Stmt><Stmt><Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id></Acct>\
             <Ntry><Amt Ccy=\"EUR\">2.00</Amt><CdtDbtInd>DBIT</CdtDbtInd>\
             <BookgDt><Dt>2024-04-01</Dt></BookgDt></Ntry></Stmt></BkToCstmrStmt>",
        );
        assert_eq!(read_camt(&two).transactions.len(), 6);
        let options = ReadOptions {
            account: Some("NL91 ABNA 0417 1643 00".into()),
            ..ReadOptions::default()
        };
        let rows = read(&two, &options).unwrap().transactions;
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].amount, dec("-2.00"));
        let options = ReadOptions {
            account: Some("GB00".into()),
            ..ReadOptions::default()
        };
        let err = read(&two, &options).unwrap_err().to_string();
        assert!(err.contains("--account"), "{err}");
    }

    #[test]
    fn doctype_entities_and_other_xml_are_refused() {
        let dtd = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x \"y\">]>\
                   <Document><BkToCstmrStmt/></Document>";
        assert!(read(dtd, &ReadOptions::default()).is_err());
        let err = read("<Document><pain/></Document>", &ReadOptions::default()).unwrap_err();
        assert!(err.to_string().contains("--format"));
        let err = read("<Document><BkToCstmrStmt>", &ReadOptions::default()).unwrap_err();
        assert!(err.to_string().contains("not well-formed"));
    }

    #[test]
    fn nesting_deeper_than_32_is_refused_quickly() {
        let deep = "<a>".repeat(100_000);
        let err = read(&deep, &ReadOptions::default())
            .unwrap_err()
            .to_string();
        assert!(err.contains("32"), "{err}");
        let deep = format!("{}{}", "<a x='>'>".repeat(33), "</a>".repeat(33));
        assert!(read(&deep, &ReadOptions::default()).is_err());
        let shallow = format!(
            "<!-- <a><a> -->{}<b/>{}",
            "<a>".repeat(31),
            "</a>".repeat(31)
        );
        assert!(check_depth(&shallow).is_ok());
    }

    #[test]
    fn every_prefix_of_a_file_reads_without_panic() {
        for end in 0..=V02.len() {
            let _ = super::super::read(V02.as_bytes().get(..end).unwrap(), &ReadOptions::default());
            if let Some(prefix) = V02.get(..end) {
                let _ = read(prefix, &ReadOptions::default());
            }
        }
    }

    #[test]
    fn absurd_amounts_are_skipped_rows() {
        let xml = V02.replace(
            "<Amt Ccy=\"EUR\">9.99</Amt>",
            &format!("<Amt Ccy=\"EUR\">{}</Amt>", "9".repeat(40)),
        );
        let statement = read_camt(&xml);
        assert_eq!(statement.transactions.len(), 4);
        assert!(statement.skipped.iter().any(|s| s.reason.contains("Amt")));
    }
}
