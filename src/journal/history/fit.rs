//! Fitting the history table to a terminal's width: columns are cut or
//! dropped by priority, so no row wraps. The date, the outcome and the
//! time always stay; the routine's id goes first (its title stays), then
//! titles are cut, then the step count goes, then reports are cut.

/// The narrowest a title is cut to before the step count goes.
const TITLE_MIN: usize = 16;

/// The narrowest the reports are cut to before titles are cut further.
const REPORTS_MIN: usize = 12;

/// A title is never cut below this: a few letters and `…`.
const TITLE_FLOOR: usize = 6;

/// The two spaces after every column but the last.
const GAP: usize = 2;

/// The widest each column is with nothing cut.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Natural {
    /// Everything always shown before the title: the date and its gap.
    pub date: usize,
    /// The widest title (or its header).
    pub title: usize,
    /// The widest routine id.
    pub id: usize,
    /// The time, the outcome and their gaps, always shown.
    pub fixed: usize,
    /// The step count.
    pub steps: usize,
    /// The widest reports cell (or its header).
    pub reports: usize,
}

/// What the table shows: which optional columns, and how wide the cut ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Fit {
    /// Whether the routine id column is shown.
    pub id: bool,
    /// Whether the step count column is shown.
    pub steps: bool,
    /// The title column's width.
    pub title: usize,
    /// The widest a reports cell may be; `None` leaves them whole.
    pub reports: Option<usize>,
}

impl Fit {
    /// Everything shown, nothing cut: a pipe, a file, or a wide terminal.
    pub(super) fn whole(natural: &Natural) -> Self {
        Fit {
            id: true,
            steps: true,
            title: natural.title,
            reports: None,
        }
    }

    /// The fit for `columns`, dropping and cutting only as much as needed.
    pub(super) fn within(natural: &Natural, columns: usize) -> Self {
        let mut fit = Fit::whole(natural);
        let width = |fit: &Fit, reports: usize| {
            natural.date
                + fit.title
                + GAP
                + if fit.id { natural.id + GAP } else { 0 }
                + natural.fixed
                + if fit.steps { natural.steps + GAP } else { 0 }
                + reports
        };
        if width(&fit, natural.reports) <= columns {
            return fit;
        }
        fit.id = false;
        let spare = |fit: &Fit, reports: usize| columns.saturating_sub(width(fit, reports));
        let title_room = |fit: &Fit, reports: usize, floor: usize| {
            spare(&Fit { title: 0, ..*fit }, reports).clamp(floor, natural.title)
        };
        fit.title = title_room(&fit, natural.reports, TITLE_MIN.min(natural.title));
        if width(&fit, natural.reports) <= columns {
            return fit;
        }
        fit.steps = false;
        fit.title = title_room(&fit, natural.reports, TITLE_MIN.min(natural.title));
        if width(&fit, natural.reports) <= columns {
            return fit;
        }
        let reports_min = REPORTS_MIN.min(natural.reports);
        let reports = (natural.reports - (width(&fit, natural.reports) - columns)).max(reports_min);
        fit.reports = Some(reports);
        if width(&fit, reports) <= columns {
            return fit;
        }
        fit.title = title_room(&fit, reports, TITLE_FLOOR.min(natural.title));
        // Narrower still, the reports take what is left and rows may wrap.
        fit.reports = Some(spare(&fit, 0).max(1));
        fit
    }
}

#[cfg(test)]
mod tests {
    use super::{Fit, Natural};

    const WIDE: Natural = Natural {
        date: 18,
        title: 36,
        id: 32,
        fixed: 6 + 2 + 9 + 2,
        steps: 5,
        reports: 40,
    };

    fn width(fit: &Fit) -> usize {
        WIDE.date
            + fit.title
            + 2
            + if fit.id { WIDE.id + 2 } else { 0 }
            + WIDE.fixed
            + if fit.steps { WIDE.steps + 2 } else { 0 }
            + fit.reports.unwrap_or(WIDE.reports)
    }

    #[test]
    fn wide_enough_keeps_everything() {
        assert_eq!(Fit::within(&WIDE, 200), Fit::whole(&WIDE));
    }

    #[test]
    fn every_width_from_sixty_fits_exactly_or_better() {
        for columns in 60..200 {
            let fit = Fit::within(&WIDE, columns);
            assert!(width(&fit) <= columns, "{columns}: {fit:?}");
        }
    }

    #[test]
    fn the_id_goes_first_then_titles_are_cut_then_steps_then_reports() {
        let at = |columns| Fit::within(&WIDE, columns);
        assert!(!at(150).id && at(150).steps && at(150).title == 36);
        assert!(at(110).steps && at(110).title < 36 && at(110).reports.is_none());
        assert!(!at(90).steps && at(90).title >= 16);
        let narrow = at(80);
        assert!(!narrow.steps && narrow.reports.is_some(), "{narrow:?}");
    }
}
