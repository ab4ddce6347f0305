using System.Collections.Frozen;
using System.Text;

namespace FrontAlert.Domain;

/// <summary>
/// The form names are compared in: lower case, diacritics folded (<c>Maʿarrat an-Nuʿmān</c> and <c>Maarrat an Numan</c>
/// meet), apostrophes and ʿayn/hamza marks dropped, hyphens and other punctuation read as spaces. Done by a table
/// instead of Unicode normalization, which the web node's invariant globalization mode does not perform.
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        var key = new StringBuilder(name.Length);
        var gap = false;
        foreach (var raw in name)
        {
            var c = char.ToLowerInvariant(raw);
            if (Silent.Contains(c))
            {
                continue;
            }
            c = Folds.GetValueOrDefault(c, c);
            if (!char.IsLetterOrDigit(c))
            {
                gap = true;
                continue;
            }
            if (gap && key.Length > 0)
            {
                key.Append(' ');
            }
            gap = false;
            key.Append(c);
        }
        return key.ToString();
    }

    /// <summary>Marks that transliterations write or leave out at will: apostrophes, ʿayn, hamza, accents alone.</summary>
    private static readonly FrozenSet<char> Silent = "'’‘`´ʼʻʿʾˈ".ToFrozenSet();

    private static readonly FrozenDictionary<char, char> Folds = new (char Plain, string Marked)[]
    {
        ('a', "àáâãäåāăąǎạảấầẩẫậắằẳẵặ"),
        ('c', "çćĉċč"),
        ('d', "ďđḍḏ"),
        ('e', "èéêëēĕėęěẹẻẽếềểễệ"),
        ('g', "ĝğġģǧ"),
        ('h', "ĥħḥḫẖ"),
        ('i', "ìíîïĩīĭįıǐịỉ"),
        ('j', "ĵ"),
        ('k', "ķǩḳ"),
        ('l', "ĺļľŀł"),
        ('n', "ñńņňṇ"),
        ('o', "òóôõöøōŏőǒọỏốồổỗộớờởỡợ"),
        ('r', "ŕŗřṛ"),
        ('s', "śŝşšșṣ"),
        ('t', "ţťŧțṭṯ"),
        ('u', "ùúûüũūŭůűųǔụủứừửữự"),
        ('y', "ýÿŷỳỹ"),
        ('z', "źżžẓ"),
    }.SelectMany(f => f.Marked.Select(m => (m, f.Plain))).ToFrozenDictionary(p => p.m, p => p.Plain);
}
