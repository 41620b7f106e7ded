//! The warnings about typed texts that look like credentials.

use crate::lang::Lang;

pub use crate::assessment::typed::TypedField;

impl TypedField {
    /// The field, with the verb that agrees with it: English, Italian.
    fn words(self) -> (&'static str, &'static str) {
        match self {
            TypedField::Notes => (
                "the notes look like they contain",
                "le note sembrano contenere",
            ),
            TypedField::Justification => (
                "the justification looks like it contains",
                "la motivazione sembra contenere",
            ),
            TypedField::Reason => (
                "the acceptance's reason looks like it contains",
                "la ragione dell'accettazione sembra contenere",
            ),
            TypedField::Compensating => (
                "the compensating control looks like it contains",
                "il controllo compensativo sembra contenere",
            ),
            TypedField::Approver => (
                "the approver's name looks like it contains",
                "il nome di chi approva sembra contenere",
            ),
            TypedField::EvidenceReference => (
                "the evidence reference looks like it contains",
                "il riferimento dell'evidenza sembra contenere",
            ),
            TypedField::EvidenceNote => (
                "the evidence note looks like it contains",
                "la nota dell'evidenza sembra contenere",
            ),
        }
    }
}

/// A typed text looks like a credential.
pub fn suspicious_warning(l: Lang, id: &str, s: &crate::assessment::typed::Suspicious) -> String {
    let kind = credential_kind(l, s.kind);
    credential_warning(l, id, s.field, &kind, s.count)
}

/// The warning about one typed field that looks like it holds a credential.
pub fn credential_warning(
    l: Lang,
    id: &str,
    what: TypedField,
    kind: &str,
    places: usize,
) -> String {
    let (en, it) = what.words();
    match l {
        Lang::En => {
            let places = if places == 1 {
                "in 1 place".to_string()
            } else {
                format!("in {places} places")
            };
            format!(
                "srm-assess: warning: {id}: {en} {kind} ({places}); assessments are shared and kept in git: remove it, or keep it out of reports with `srm-assess report --redact`"
            )
        }
        Lang::It => {
            let places = if places == 1 {
                "in 1 punto".to_string()
            } else {
                format!("in {places} punti")
            };
            format!(
                "srm-assess: attenzione: {id}: {it} {kind} ({places}); le valutazioni si condividono e si tengono in git: toglietelo, o tenetelo fuori dai report con `srm-assess report --redact`"
            )
        }
    }
}

/// `report`: texts that look like credentials will be shown.
pub fn report_shows_credentials(l: Lang, texts: usize) -> String {
    match (l, texts) {
        (Lang::En, 1) => "srm-assess: warning: 1 text typed into this assessment looks like a password, token or key, and the report shows it; add --redact to hide it".into(),
        (Lang::En, n) => format!("srm-assess: warning: {n} texts typed into this assessment look like passwords, tokens or keys, and the report shows them; add --redact to hide them"),
        (Lang::It, 1) => "srm-assess: attenzione: 1 testo di questa valutazione sembra una password, un token o una chiave, e il report lo mostra; aggiungete --redact per nasconderlo".into(),
        (Lang::It, n) => format!("srm-assess: attenzione: {n} testi di questa valutazione sembrano password, token o chiavi, e il report li mostra; aggiungete --redact per nasconderli"),
    }
}

/// What a kind of credential is, in words.
pub fn credential_kind(l: Lang, kind: crate::secrets::Kind) -> String {
    use crate::secrets::Kind;
    match l {
        crate::lang::Lang::En => kind.describe(),
        crate::lang::Lang::It => match kind {
            Kind::PrivateKey => "una chiave privata".into(),
            Kind::AwsKey => "una chiave di accesso AWS".into(),
            Kind::GitHubToken => "un token GitHub".into(),
            Kind::SlackToken => "un token Slack".into(),
            Kind::GoogleKey => "una chiave API Google".into(),
            Kind::StripeKey => "una chiave segreta Stripe".into(),
            Kind::Jwt => "un JSON Web Token".into(),
            Kind::ZendeskToken => "un token API".into(),
            Kind::Bearer => "un'intestazione di autorizzazione".into(),
            Kind::Assignment => "una password o un token".into(),
            Kind::UrlPassword => "una password in un indirizzo web".into(),
            Kind::AwsSecret => "una chiave segreta di accesso AWS".into(),
            Kind::Webhook => "l'indirizzo di un webhook".into(),
            Kind::Service(name) => format!("un token {name}"),
        },
    }
}
