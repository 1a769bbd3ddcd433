// What tests/browser/test_phones.py checks on a rendered page at its current
// width: one line per problem found. The larger targets and body text of 特大
// apply where the page follows the reading aids (print sheets keep their
// paper sizes).
() => {
    const problems = [];
    const big = document.documentElement.classList.contains("text-xlarge");
    const visible = (el) => {
        if (!el.getClientRects().length) return false;
        const style = getComputedStyle(el);
        return style.visibility !== "hidden" && style.display !== "none";
    };
    const text = (el) => String(el.innerText || el.value || el.name || "").trim();
    const label = (el) => text(el).replace(/\s+/g, " ").slice(0, 24);
    const lineTops = (range) => new Set(Array.from(range.getClientRects())
        .filter((rect) => rect.width > 0).map((rect) => Math.round(rect.top / 4)));

    // Nothing wider than the screen.
    const root = document.documentElement;
    if (root.scrollWidth > window.innerWidth) {
        const wide = Array.from(document.body.querySelectorAll("*"))
            .filter((el) => visible(el)
                && el.getBoundingClientRect().right > window.innerWidth + 1)
            .slice(-3).map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
        problems.push(`scrolls sideways: ${root.scrollWidth} > ${window.innerWidth}`
            + ` (${wide.join(", ")})`);
    }

    // Short labels of controls and headings (six characters at most: 字号,
    // 高对比度, 社区动态) never break inside a word of two or three characters.
    // A longer label or title wraps between any two characters, as Chinese
    // type always has.
    const controls = ".button-link, button, .main-menu a, .breadcrumbs a, .reading-aids__label,"
        + " label, legend, th, .plaque__name, .plaque__category, .plaque__praise";
    const words = new Intl.Segmenter("zh", {granularity: "word"});
    const short = (el) => [...text(el).replace(/[\s：:（）()·、，]/g, "")].length <= 6;
    const labels = document.querySelectorAll(`${controls}, h1, h2, h3, h4`);
    for (const el of labels) {
        if (!visible(el) || !short(el)) continue;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            for (const part of words.segment(node.data)) {
                const length = [...part.segment].length;
                if (!part.isWordLike || length < 2 || length > 3) continue;
                const range = document.createRange();
                range.setStart(node, part.index);
                range.setEnd(node, part.index + part.segment.length);
                if (lineTops(range).size > 1) {
                    problems.push(`"${part.segment}" broken across lines in "${label(el)}"`);
                }
            }
        }
    }

    // Each reading aid and filter on two lines at most.
    const choices = ".reading-aids a, .reading-aids__label, .filters label, .filters select,"
        + " main .button-link";
    for (const el of document.querySelectorAll(choices)) {
        if (!visible(el)) continue;
        const range = document.createRange();
        range.selectNodeContents(el);
        const lines = lineTops(range).size;
        if (lines > 2) problems.push(`"${label(el)}" takes ${lines} lines`);
    }

    // The chosen option differs from the others by more than colour, and says so.
    const shape = (el) => {
        const s = getComputedStyle(el);
        const marks = getComputedStyle(el, "::before").content
            + getComputedStyle(el, "::after").content;
        return [s.borderTopWidth, s.borderTopStyle, s.borderBottomWidth,
            s.textDecorationLine, s.textDecorationThickness, s.fontWeight,
            s.outlineStyle, s.outlineWidth, marks].join("|");
    };
    for (const chosen of document.querySelectorAll(".is-active")) {
        if (!visible(chosen)) continue;
        if (!chosen.matches("[aria-current], [aria-pressed=true]")) {
            problems.push(`"${label(chosen)}" is chosen but only looks it`);
        }
        const group = chosen.closest("ul, ol, nav");
        const other = group && Array.from(group.querySelectorAll(".button-link"))
            .find((el) => visible(el) && !el.classList.contains("is-active"));
        if (other && shape(other) === shape(chosen)) {
            problems.push(`"${label(chosen)}" differs from "${label(other)}" only by colour`);
        }
    }

    // Big targets; text no smaller than 18 px, body text 26 px at 特大.
    const least = big ? 48 : 44;
    const targets = "header a, header button, header input, .reading-aids a, .main-menu a,"
        + " .breadcrumbs a, main button, main select,"
        + " main input:not([type=hidden]):not([type=checkbox]):not([type=radio]),"
        + " main .button-link, .site-footer a, .pagination a";
    for (const el of document.querySelectorAll(targets)) {
        if (!visible(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.width < least - 0.5 || r.height < least - 0.5) {
            problems.push(`target "${label(el)}" is ${Math.round(r.width)}x${Math.round(r.height)}`);
        }
    }
    const body = big ? 26 : 18;
    for (const el of document.querySelectorAll("main p, main li, main dd, main td")) {
        if (!visible(el) || !text(el)) continue;
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (px < body - 0.01) problems.push(`body text "${label(el)}" is ${px}px`);
    }
    for (const el of document.body.querySelectorAll("*")) {
        if (!visible(el)) continue;
        const own = Array.from(el.childNodes)
            .some((node) => node.nodeType === Node.TEXT_NODE && node.data.trim());
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (own && px < 17.99) problems.push(`text "${label(el)}" is ${px}px`);
    }
    return [...new Set(problems)];
}
