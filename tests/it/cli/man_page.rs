//! The man page's shape (issue 14): one SYNOPSIS with a line per command,
//! the commands as subsections of COMMANDS with their examples, and value
//! names and `...` kept. `cli_conventions.rs` checks that it is roff that
//! `man --warnings` renders cleanly, with a part for every command.

use crate::support::sandbox::Sandbox;

fn man_page() -> String {
    let output = Sandbox::new()
        .knead_in_scratch()
        .arg("man")
        .output()
        .expect("knead ran");
    assert!(output.status.success());
    String::from_utf8(output.stdout).expect("UTF-8")
}

#[test]
fn there_is_one_synopsis_with_a_line_per_command() {
    let page = man_page();
    assert_eq!(page.matches(".SH SYNOPSIS").count(), 1, "{page}");
    let synopsis = &page[page.find(".SH SYNOPSIS").expect("a synopsis")..];
    let synopsis = &synopsis[..synopsis.find("\n.SH ").expect("more sections")];
    for line in [
        "\\fBknead check\\fR <\\fIFILE\\fR>... [\\fB\\-\\-deny\\-warnings\\fR] [\\fB\\-\\-format\\fR <\\fIFORMAT\\fR>]",
        "\\fBknead run\\fR <\\fIROUTINE\\fR> [\\fB\\-\\-plain\\fR] [\\fB\\-\\-speed\\fR <\\fIF\\fR>]",
        "\\fBknead history\\fR [\\fB\\-\\-json\\fR] [\\fB\\-\\-csv\\fR] [\\fB\\-\\-routine\\fR <\\fIID\\fR>]",
    ] {
        assert!(synopsis.contains(line), "{line} not in {synopsis}");
    }
}

#[test]
fn commands_are_subsections_with_their_examples() {
    let page = man_page();
    let commands = &page[page.find(".SH COMMANDS\n").expect("a COMMANDS section")..];
    let commands = &commands[..commands.find("\n.SH ").expect("more sections")];
    let check = &commands[commands.find(".SS \"KNEAD CHECK\"").expect("check")..];
    let check = &check[..check.find(".SS \"KNEAD NEW\"").expect("new follows")];
    assert!(
        check.contains(".TP\n\\fB\\-\\-format\\fR <\\fIFORMAT\\fR>\n"),
        "{check}"
    );
    assert!(
        check.contains("Examples:\n.RS\n.nf\nknead check my\\-routine.toml\n"),
        "{check}"
    );
    assert!(
        check.contains("[one of: human, json] [default: human]"),
        "{check}"
    );
}
