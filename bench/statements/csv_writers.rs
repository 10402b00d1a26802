//! CSV as banks export it: their headers, preambles, date and number
//! formats, orders, quoting and encodings, written by hand from what these
//! banks' exports look like (no bank's file is copied).

use rust_decimal::Decimal;

use super::super::{Account, Kind, Row};
use super::{clip, comma, cp1252, joined, point, utf16le_bom};

/// One exported line: cells joined by `sep`, quoted when needed (or always).
fn line(cells: &[String], sep: char, always: bool) -> String {
    let quoted: Vec<String> = cells
        .iter()
        .map(|c| {
            let needs = always || c.contains(sep) || c.contains('"') || c.contains('\n');
            if needs {
                format!("\"{}\"", c.replace('"', "\"\""))
            } else {
                c.clone()
            }
        })
        .collect();
    quoted.join(&sep.to_string())
}

/// The rows with the balance after each, oldest first.
fn with_balance<'a>(account: &Account, rows: &'a [Row]) -> Vec<(&'a Row, Decimal)> {
    let mut balance = account.opening;
    rows.iter()
        .map(|r| {
            balance += r.amount;
            (r, balance)
        })
        .collect()
}

pub fn write(format: &str, account: &Account, rows: &[Row]) -> Option<Vec<u8>> {
    Some(match format {
        "csv-us" => us(account, rows).into_bytes(),
        "csv-uk" => uk(account, rows).into_bytes(),
        "csv-de" => cp1252(&de(account, rows)),
        "csv-nl" => nl(account, rows).into_bytes(),
        "csv-fr" => fr(account, rows).into_bytes(),
        "csv-es" => es(account, rows).into_bytes(),
        "csv-pt" => pt(account, rows).into_bytes(),
        "csv-utf16" => utf16le_bom(&export(account, rows)),
        "csv-tab" => tab(account, rows).into_bytes(),
        _ => return None,
    })
}

/// Chase checking: newest first, MM/DD/YYYY, a signed amount, and a
/// trailing comma on every data row (an empty eighth field).
fn us(account: &Account, rows: &[Row]) -> String {
    let mut out =
        String::from("Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #\n");
    for (r, balance) in with_balance(account, rows).into_iter().rev() {
        let kind = match r.kind {
            Kind::Card => "DEBIT_CARD",
            Kind::DirectDebit | Kind::Tax => "ACH_DEBIT",
            Kind::StandingOrder | Kind::Transfer => "ACCT_XFER",
            Kind::Payoff => "LOAN_PMT",
            Kind::Atm => "ATM",
            Kind::Fee => "FEE_TRANSACTION",
            Kind::Salary => "ACH_CREDIT",
            Kind::Refund | Kind::Interest => "MISC_CREDIT",
        };
        let details = if r.amount.is_sign_negative() {
            "DEBIT"
        } else {
            "CREDIT"
        };
        let cells = [
            details.to_string(),
            r.date.format("%m/%d/%Y").to_string(),
            joined(r),
            point(r.amount),
            kind.to_string(),
            point(balance),
            String::new(),
        ];
        out.push_str(&line(&cells, ',', false));
        out.push_str(",\n");
    }
    out
}

/// Lloyds: DD/MM/YYYY, Debit Amount / Credit Amount, the sort code with
/// the apostrophe spreadsheets need, newest first.
fn uk(account: &Account, rows: &[Row]) -> String {
    let mut out = String::from(
        "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,Debit Amount,Credit Amount,Balance\n",
    );
    let sort_code = format!(
        "'{}-{}-{}",
        &account.bank_code[..2],
        &account.bank_code[2..4],
        &account.bank_code[4..6]
    );
    for (r, balance) in with_balance(account, rows).into_iter().rev() {
        let kind = match r.kind {
            Kind::Card => "DEB",
            Kind::DirectDebit => "DD",
            Kind::StandingOrder => "SO",
            Kind::Transfer | Kind::Payoff | Kind::Tax => "FPO",
            Kind::Atm => "CPT",
            Kind::Fee => "PAY",
            Kind::Salary => "BGC",
            Kind::Refund | Kind::Interest => "FPI",
        };
        let (debit, credit) = split(r.amount, point);
        let cells = [
            r.date.format("%d/%m/%Y").to_string(),
            kind.to_string(),
            sort_code.clone(),
            clip(&account.number, 8),
            joined(r),
            debit,
            credit,
            point(balance),
        ];
        out.push_str(&line(&cells, ',', false));
        out.push('\n');
    }
    out
}

/// A debit and a credit cell, both unsigned, one of them empty.
fn split(amount: Decimal, format: fn(Decimal) -> String) -> (String, String) {
    if amount.is_sign_negative() {
        (format(amount.abs()), String::new())
    } else {
        (String::new(), format(amount))
    }
}

/// DKB (the classic export): windows-1252, a preamble, every cell quoted,
/// semicolons with one after the last cell, DD.MM.YYYY, `1.234,56`.
fn de(account: &Account, rows: &[Row]) -> String {
    let day = |d: chrono::NaiveDate| d.format("%d.%m.%Y").to_string();
    let total = super::closing(account, rows);
    let mut out = format!(
        "\"Kontonummer:\";\"{} / Girokonto\";\n\n\"Von:\";\"{}\";\n\"Bis:\";\"{}\";\n\"Kontostand vom {}:\";\"{} EUR\";\n\n",
        account.iban,
        day(account.start),
        day(account.end),
        day(account.end),
        comma(total, Some('.'))
    );
    out.push_str("\"Buchungstag\";\"Wertstellung\";\"Buchungstext\";\"Auftraggeber / Begünstigter\";\"Verwendungszweck\";\"Kontonummer\";\"BLZ\";\"Betrag (EUR)\";\"Gläubiger-ID\";\"Mandatsreferenz\";\"Kundenreferenz\";\n");
    for r in rows.iter().rev() {
        let text = match r.kind {
            Kind::Card => "KARTENZAHLUNG",
            Kind::DirectDebit => "FOLGELASTSCHRIFT",
            Kind::StandingOrder => "DAUERAUFTRAG",
            Kind::Transfer | Kind::Payoff | Kind::Tax => "ONLINE-UEBERWEISUNG",
            Kind::Atm => "BARGELDAUSZAHLUNG",
            Kind::Fee | Kind::Interest => "ABSCHLUSS",
            Kind::Salary => "LOHN, GEHALT, RENTE",
            Kind::Refund => "GUTSCHRIFT",
        };
        let cells = [
            day(r.date),
            day(r.value_date),
            text.to_string(),
            r.payee.clone(),
            r.memo.clone(),
            String::new(),
            String::new(),
            comma(r.amount, Some('.')),
            r.creditor.clone().unwrap_or_default(),
            r.mandate.clone().unwrap_or_default(),
            String::new(),
        ];
        out.push_str(&line(&cells, ';', true));
        out.push_str(";\n");
    }
    out
}

/// ING Netherlands: YYYYMMDD, an unsigned amount with `Af Bij`, card rows
/// with the terminal's details in `Mededelingen`.
fn nl(account: &Account, rows: &[Row]) -> String {
    let mut out = String::from(
        "\"Datum\",\"Naam / Omschrijving\",\"Rekening\",\"Tegenrekening\",\"Code\",\"Af Bij\",\"Bedrag (EUR)\",\"Mutatiesoort\",\"Mededelingen\"\n",
    );
    for r in rows.iter().rev() {
        let (code, kind) = match r.kind {
            Kind::Card => ("BA", "Betaalautomaat"),
            Kind::DirectDebit | Kind::Tax => ("IC", "Incasso"),
            Kind::Atm => ("GM", "Geldautomaat"),
            Kind::StandingOrder | Kind::Transfer | Kind::Payoff => ("GT", "Online bankieren"),
            Kind::Salary | Kind::Refund => ("OV", "Overschrijving"),
            Kind::Fee | Kind::Interest => ("DV", "Diversen"),
        };
        let memo = if r.kind == Kind::Card {
            format!(
                "Pasvolgnr: 002 {} 12:{:02} Term: {}",
                r.value_date.format("%d-%m-%Y"),
                r.id.len(),
                clip(&r.id, 8)
            )
        } else {
            r.memo.clone()
        };
        let direction = if r.amount.is_sign_negative() {
            "Af"
        } else {
            "Bij"
        };
        let cells = [
            r.date.format("%Y%m%d").to_string(),
            r.payee.clone(),
            account.iban.clone(),
            String::new(),
            code.to_string(),
            direction.to_string(),
            comma(r.amount.abs(), None),
            kind.to_string(),
            memo,
        ];
        out.push_str(&line(&cells, ',', true));
        out.push('\n');
    }
    out
}

/// Crédit Agricole: a preamble, `Débit euros;Crédit euros` unsigned with
/// a decimal comma, and a multi-line quoted `Libellé` (the bank's label,
/// then the remittance text on the next line).
fn fr(account: &Account, rows: &[Row]) -> String {
    let day = |d: chrono::NaiveDate| d.format("%d/%m/%Y").to_string();
    let mut out = format!(
        "Téléchargement du {};\n;\n{};\nCompte de Dépôt carte n° {};\nSolde au {} {} €;\n;\nListe des opérations du compte entre le {} et le {};\n;\nDate;Libellé;Débit euros;Crédit euros;\n",
        day(account.end),
        account.holder.to_uppercase(),
        clip(&account.number, 11),
        day(account.end),
        comma(super::closing(account, rows), Some(' ')),
        day(account.start),
        day(account.end)
    );
    for r in rows.iter().rev() {
        let prefix = match r.kind {
            Kind::Card => "PAIEMENT PAR CARTE ",
            Kind::DirectDebit | Kind::Tax => "PRLV SEPA ",
            Kind::Atm => "RETRAIT AU DISTRIBUTEUR ",
            Kind::StandingOrder | Kind::Transfer | Kind::Payoff => "VIREMENT EMIS ",
            Kind::Salary | Kind::Refund => "VIREMENT EN VOTRE FAVEUR ",
            Kind::Fee | Kind::Interest => "",
        };
        let mut label = format!("{prefix}{}", r.payee);
        if !r.memo.is_empty() {
            label.push('\n');
            label.push_str(&r.memo);
        }
        let (debit, credit) = split(r.amount, |a| comma(a, Some(' ')));
        let cells = [day(r.date), label, debit, credit];
        out.push_str(&line(&cells, ';', false));
        out.push_str(";\n");
    }
    out
}

/// Santander-like: `Fecha Operación;Fecha Valor;Concepto;Importe;Saldo`,
/// DD/MM/YYYY, a signed amount with a decimal comma, oldest first.
fn es(account: &Account, rows: &[Row]) -> String {
    let mut out = String::from("Fecha Operación;Fecha Valor;Concepto;Importe;Saldo\n");
    for (r, balance) in with_balance(account, rows) {
        let cells = [
            r.date.format("%d/%m/%Y").to_string(),
            r.value_date.format("%d/%m/%Y").to_string(),
            joined(r),
            comma(r.amount, Some('.')),
            comma(balance, Some('.')),
        ];
        out.push_str(&line(&cells, ';', false));
        out.push('\n');
    }
    out
}

/// Caixa Geral de Depósitos-like: a title line, DD-MM-YYYY, `Débito` and
/// `Crédito` unsigned with a decimal comma, newest first.
fn pt(account: &Account, rows: &[Row]) -> String {
    let mut out = format!(
        "Consultar saldos e movimentos à ordem - {}\n\nConta;{}\n\nData mov.;Data valor;Descrição;Débito;Crédito;Saldo contabilístico;Saldo disponível;Categoria\n",
        account.end.format("%d-%m-%Y"),
        account.iban
    );
    for (r, balance) in with_balance(account, rows).into_iter().rev() {
        let (debit, credit) = split(r.amount, |a| comma(a, Some('.')));
        let cells = [
            r.date.format("%d-%m-%Y").to_string(),
            r.value_date.format("%d-%m-%Y").to_string(),
            joined(r),
            debit,
            credit,
            comma(balance, Some('.')),
            comma(balance, Some('.')),
            String::new(),
        ];
        out.push_str(&line(&cells, ';', false));
        out.push('\n');
    }
    out
}

/// A budgeting app's export (written as UTF-16LE with a BOM): an id, ISO
/// dates, payee and memo apart, a currency per row.
fn export(account: &Account, rows: &[Row]) -> String {
    let mut out = String::from("Transaction ID,Date,Payee,Memo,Amount,Currency\n");
    for r in rows {
        let cells = [
            r.id.clone(),
            r.date.to_string(),
            r.payee.clone(),
            r.memo.clone(),
            point(r.amount),
            account.currency.clone(),
        ];
        out.push_str(&line(&cells, ',', false));
        out.push_str("\r\n");
    }
    out
}

/// Tab separated, ISO dates, an id column, a decimal point.
fn tab(account: &Account, rows: &[Row]) -> String {
    let mut out = String::from(
        "Booking Date\tValue Date\tTransaction ID\tPayee\tDescription\tAmount\tCurrency\tBalance\n",
    );
    for (r, balance) in with_balance(account, rows) {
        let cells = [
            r.date.to_string(),
            r.value_date.to_string(),
            r.id.clone(),
            r.payee.clone(),
            r.memo.clone(),
            point(r.amount),
            account.currency.clone(),
            point(balance),
        ];
        out.push_str(&line(&cells, '\t', false));
        out.push('\n');
    }
    out
}
