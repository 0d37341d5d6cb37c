using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using MassageCoverage.Web.Resources;
using Microsoft.AspNetCore.Html;

namespace MassageCoverage.Web.Features.Language;

/// <summary>
/// Words a patient reads, written in the current language from a resource's template and its values. A page writes
/// them as HTML, where a value shown as it was entered, in English (<see cref="AsEntered"/>), sits in an element
/// marked <c>lang="en"</c> on a page in another language (WCAG 3.1.2); the API, a saved check and an email take
/// <see cref="ToString"/>, the same words as plain text.
/// </summary>
public sealed class Localized : IHtmlContent
{
    private readonly string _template;

    // Null for words with no values: the text is the template as it is, braces and all.
    private readonly object?[]? _values;

    private Localized(string template, object?[]? values)
    {
        _template = template;
        _values = values;
    }

    /// <summary>A resource's words with no value in them.</summary>
    public static Localized Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(text, null);
    }

    /// <summary>
    /// A resource's template ("{0} covers {1}") with its values: strings, numbers, dates (written in the current culture),
    /// <see cref="AsEntered"/> and other <see cref="Localized"/> words.
    /// </summary>
    public static Localized Format(string template, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(template);
        return new(template, values);
    }

    public static implicit operator Localized(string text) => Of(text);

    public override string ToString()
    {
        if (_values is null)
        {
            return _template;
        }

        var text = new StringBuilder(_template.Length + 32);
        Write(text, null);
        return text.ToString();
    }

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        if (_values is null)
        {
            encoder.Encode(writer, _template);
            return;
        }

        var text = new StringBuilder(_template.Length + 64);
        Write(text, encoder);
        writer.Write(text);
    }

    /// <summary>Writes into <paramref name="text"/>, as plain text, or as HTML when an encoder is given.</summary>
    private void Write(StringBuilder text, HtmlEncoder? encoder)
    {
        if (_values is null)
        {
            Append(text, _template, encoder);
            return;
        }

        var template = _template.AsSpan();
        var at = 0;
        while (at < template.Length)
        {
            var brace = template[at..].IndexOfAny('{', '}');
            if (brace < 0)
            {
                Append(text, template[at..], encoder);
                break;
            }

            Append(text, template.Slice(at, brace), encoder);
            at += brace;
            if (at + 1 < template.Length && template[at + 1] == template[at])
            {
                // "{{" and "}}" are the braces themselves.
                text.Append(template[at]);
                at += 2;
                continue;
            }

            var end = template[at..].IndexOf('}');
            if (template[at] == '}' || end < 0)
            {
                throw new FormatException($"The template '{_template}' has an unmatched brace.");
            }

            var hole = template.Slice(at + 1, end - 1);
            var colon = hole.IndexOf(':');
            var index = int.Parse(colon < 0 ? hole : hole[..colon], NumberStyles.None, CultureInfo.InvariantCulture);
            var format = colon < 0 ? null : hole[(colon + 1)..].ToString();
            WriteValue(text, index < _values.Length ? _values[index] : throw new FormatException(
                $"The template '{_template}' names value {index} of {_values.Length}."), format, encoder);
            at += end + 1;
        }
    }

    private static void WriteValue(StringBuilder text, object? value, string? format, HtmlEncoder? encoder)
    {
        switch (value)
        {
            case null:
                break;
            case Localized words:
                words.Write(text, encoder);
                break;
            case AsEntered entered:
                entered.Write(text, encoder);
                break;
            case IFormattable formattable:
                Append(text, formattable.ToString(format, Languages.Culture), encoder);
                break;
            default:
                Append(text, value.ToString(), encoder);
                break;
        }
    }

    /// <summary>Appends <paramref name="plain"/>, HTML-encoded when an encoder is given, through a pooled buffer.</summary>
    internal static void Append(StringBuilder text, ReadOnlySpan<char> plain, HtmlEncoder? encoder)
    {
        if (encoder is null)
        {
            text.Append(plain);
            return;
        }

        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(64, plain.Length * 2));
        try
        {
            while (true)
            {
                var status = encoder.Encode(plain, buffer, out var read, out var written);
                text.Append(buffer.AsSpan(0, written));
                plain = plain[read..];
                if (status != OperationStatus.DestinationTooSmall)
                {
                    return;
                }
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}

/// <summary>
/// Text shown as it was entered or saved, in its own language: a rule's notes and source, a state's program, agency and
/// note, a plan's name (entered in English), or a check saved in the other language. On a page in another language it
/// is marked with its <c>lang</c> (WCAG 3.1.2), and an English sentence is followed by "(en inglés)" so a reader knows
/// why it is not in their language.
/// </summary>
public readonly record struct AsEntered(string Text, bool IsSentence = false, string Language = Languages.English) : IHtmlContent
{
    /// <summary>A name (a plan's, a program's, an agency's): marked, never labelled.</summary>
    public static AsEntered Name(string text) => new(text);

    /// <summary>A sentence (a rule's notes, a state's note): marked and labelled.</summary>
    public static AsEntered Sentence(string text) => new(text, IsSentence: true);

    /// <summary>Words saved in <paramref name="language"/> ("en" or "es"), such as a saved check's.</summary>
    public static AsEntered In(string language, string text) => new(text, Language: language);

    public override string ToString()
    {
        var text = new StringBuilder((Text?.Length ?? 0) + 16);
        Write(text, null);
        return text.ToString();
    }

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(encoder);
        var text = new StringBuilder((Text?.Length ?? 0) + 32);
        Write(text, encoder);
        writer.Write(text);
    }

    internal void Write(StringBuilder text, HtmlEncoder? encoder)
    {
        if (string.IsNullOrEmpty(Text))
        {
            return;
        }

        if (Languages.Current == Language)
        {
            Localized.Append(text, Text, encoder);
            return;
        }

        if (encoder is not null)
        {
            text.Append("<span lang=\"").Append(Language).Append("\">");
        }

        Localized.Append(text, Text, encoder);
        if (encoder is not null)
        {
            text.Append("</span>");
        }

        if (IsSentence && Language == Languages.English)
        {
            text.Append(' ');
            Localized.Append(text, Resources.SiteStrings.InEnglishMarker, encoder);
        }
    }
}
