//! A question's mappings to framework controls: ids of the right shape,
//! and for 800-53 a known relationship and a rationale.

use super::*;
use crate::questionnaire::{Framework, Relationship};

impl Checker<'_> {
    /// Checks every question's `controls`.
    pub(super) fn controls(&mut self, raw: &RawQuestionnaire) {
        for q in &raw.questions {
            let Some(c) = &q.controls else {
                continue;
            };
            let item = format!("question {:?}", q.id.get_ref());
            for (framework, ids) in [
                (Framework::Nist80053, &c.nist),
                (Framework::Iso27001, &c.iso),
                (Framework::Soc2, &c.soc2),
            ] {
                for id in ids {
                    if !framework.is_id(id.get_ref()) {
                        let issue = Issue::BadControl(framework.key().into(), id.get_ref().clone());
                        self.report(id, Some(&item), issue);
                    }
                }
            }
            if let Some(r) = &c.relationship
                && Relationship::parse(r.get_ref()).is_none()
            {
                self.report(r, Some(&item), Issue::BadRelationship(r.get_ref().clone()));
            }
            let rationale = c
                .rationale
                .as_ref()
                .is_some_and(|r| !r.get_ref().trim().is_empty());
            if let Some(first) = c.nist.first()
                && (c.relationship.is_none() || !rationale)
            {
                self.report(first, Some(&item), Issue::MappingUnexplained);
            }
        }
    }
}
