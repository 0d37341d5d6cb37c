using Microsoft.Playwright;

namespace MassageCoverage.BrowserTests;

/// <summary>
/// Non-text contrast (WCAG 2.1 SC 1.4.11) computed in the browser from computed styles: each form control's border
/// and its focus outline against the background behind it (the nearest ancestor with an opaque background colour),
/// by the WCAG relative-luminance formula.
/// </summary>
internal static class Contrast
{
    private const string Script = """
        () => {
          const rgb = c => (c.match(/[\d.]+/g) || []).map(Number);
          const lum = c => { const [r, g, b] = rgb(c).map(v => v / 255).map(v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4)); return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
          const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
          const behind = el => { for (let e = el.parentElement; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; const p = rgb(c); if (p.length === 3 || p[3] === 1) return c; } return "rgb(255, 255, 255)"; };
          const out = [];
          for (const el of document.querySelectorAll("main input.form-control, main select.form-select, main input.form-check-input, main textarea.form-control, main a[href]")) {
            if (el.offsetParent === null) continue;
            const back = behind(el);
            if (el.tagName !== "A") out.push({ what: (el.id || el.name) + " border", ratio: ratio(getComputedStyle(el).borderTopColor, back) });
            el.focus();
            if (el.tagName === "A" && !el.matches(":focus-visible")) { el.blur(); continue; }
            const style = getComputedStyle(el);
            out.push({ what: (el.id || el.name || el.textContent.trim()) + " focus ring", ratio: style.outlineStyle === "none" || parseFloat(style.outlineWidth) < 2 ? 0 : ratio(style.outlineColor, back) });
            el.blur();
          }
          return out.map(o => o.what + "=" + o.ratio);
        }
        """;

    public static async Task AssertFormControlsAtLeast3To1Async(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        // Keyboard use first, so focusing a link from script shows its ring as a keyboard user sees it (:focus-visible).
        await page.Keyboard.PressAsync("Tab");
        var results = (await page.EvaluateAsync<string[]>(Script)).Select(Result.Parse).ToList();
        Assert.NotEmpty(results);
        var failing = results.Where(r => r.Ratio < 3).Select(r => $"{r.What}: {r.Ratio:0.00}:1").ToList();
        Assert.True(failing.Count == 0, "Below 3:1: " + string.Join("; ", failing));
    }

    private sealed record Result(string What, double Ratio)
    {
        public static Result Parse(string text)
        {
            var at = text.LastIndexOf('=');
            return new(text[..at], double.Parse(text[(at + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
