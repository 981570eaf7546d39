package org.ztfkit.sky;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ztfkit.errors.InvalidInputException;

/**
 * Reads sky coordinates written in every common notation. It never guesses: a string that fits no form, or fits
 * one but with a value out of range, is an {@link InvalidInputException} that lists the accepted forms.
 *
 * <table>
 *   <caption>Accepted forms (ICRS; RA in hours whenever it is sexagesimal)</caption>
 *   <tr><td>decimal degrees</td><td>{@code 247.45543 +24.77282}, {@code 247.45543, 24.77282}, {@code 247.45543d 24.77282d}</td></tr>
 *   <tr><td>sexagesimal, colons</td><td>{@code 16:29:49.3 +24:46:22}</td></tr>
 *   <tr><td>sexagesimal, spaces</td><td>{@code 16 29 49.3 +24 46 22}</td></tr>
 *   <tr><td>sexagesimal, letters</td><td>{@code 16h29m49.3s +24d46m22s}, {@code 16h29m49.3s +24°46′22″}</td></tr>
 *   <tr><td>J-names</td><td>{@code J162949.30+244622.0}, {@code SDSS J162949.30+244622.0}, {@code J1629+2446}, {@code PSO J253.1577+25.8226}</td></tr>
 *   <tr><td>Galactic</td><td>{@code l=45.19 b=40.33}, {@code galactic 45.19 40.33}</td></tr>
 * </table>
 * The Unicode minus sign (U+2212) and dashes pasted from papers are read as minus signs.
 *
 * <pre>{@code
 * SkyPosition p = Coordinates.parse("16:29:49.3 +24:46:22");   // 247.45542 +24.77278
 * Coordinates.looksLikeCoordinates("Her X-1");                 // false: a name, resolve it instead
 * }</pre>
 */
public final class Coordinates {
    /** The accepted forms, as listed in every parse error. */
    public static final String ACCEPTED_FORMS = String.join("\n",
            "accepted forms (ICRS; a sexagesimal RA is in hours):",
            "  decimal degrees        247.45543 +24.77282    247.45543, 24.77282    247.45543d 24.77282d",
            "  sexagesimal            16:29:49.3 +24:46:22   16 29 49.3 +24 46 22   16h29m49.3s +24d46m22s",
            "  J-name                 J162949.30+244622.0    J1629+2446    PSO J253.1577+25.8226",
            "  Galactic (degrees)     l=45.19 b=40.33        galactic 45.19 40.33");

    private static final String NUM = "(\\d+(?:\\.\\d*)?|\\.\\d+)";
    private static final Pattern DECIMAL = Pattern.compile("[+-]?" + NUM + "d?");
    private static final Pattern COLON = Pattern.compile("([+-]?)" + NUM + ":" + NUM + "(?::" + NUM + ")?");
    private static final Pattern RA_HOURS_LETTERS =
            Pattern.compile(NUM + "h(?:" + NUM + "m)?(?:" + NUM + "s)?");
    private static final Pattern DEG_LETTERS =
            Pattern.compile("([+-]?)" + NUM + "d(?:" + NUM + "m)?(?:" + NUM + "s)?");
    private static final Pattern JNAME_SEXA = Pattern.compile(
            "(?:[a-z0-9]+\\s*)?j(\\d{2})(\\d{2})(\\d{2}(?:\\.\\d*)?)?([+-])(\\d{2})(\\d{2})(\\d{2}(?:\\.\\d*)?)?");
    private static final Pattern JNAME_MINUTES = Pattern.compile(
            "(?:[a-z0-9]+\\s*)?j(\\d{2})(\\d{2}(?:\\.\\d+)?)([+-])(\\d{2})(\\d{2})");
    private static final Pattern JNAME_DECIMAL = Pattern.compile(
            "(?:[a-z0-9]+\\s*)?j(\\d{1,3}\\.\\d+)([+-]\\d{1,2}\\.\\d+)");
    private static final Pattern GALACTIC = Pattern.compile(
            "(?:l\\s*=?\\s*([+-]?" + NUM + ")d?\\s*,?\\s*b\\s*=?\\s*([+-]?" + NUM + ")d?)"
                    + "|(?:(?:gal|galactic)\\s*:?\\s*([+-]?" + NUM + ")d?\\s*,?\\s*([+-]?" + NUM + ")d?)");
    private static final String SP = "\\s*";
    private static final Pattern LETTERS = Pattern.compile(
            "(?:" + NUM + SP + "h" + SP + "(?:" + NUM + SP + "m" + SP + ")?(?:" + NUM + SP + "s)?"
                    + "|" + NUM + SP + "d" + SP + "(?:" + NUM + SP + "m" + SP + ")?(?:" + NUM + SP + "s)?)"
                    + SP + ",?" + SP
                    + "([+-]?)" + SP + NUM + SP + "d" + SP + "(?:" + NUM + SP + "m" + SP + ")?(?:" + NUM + SP + "s)?");
    private static final Pattern COORDINATE_CHARS = Pattern.compile("[\\d\\s:+\\-.,dhms]+");

    private Coordinates() {
    }

    /**
     * Reads {@code text} as a sky position.
     *
     * @throws InvalidInputException if the text fits no accepted form or a value is out of range; the message
     *                               says what is wrong and lists {@link #ACCEPTED_FORMS}
     */
    public static SkyPosition parse(String text) {
        if (text == null || text.isBlank()) {
            throw error(text, "it is empty");
        }
        String s = normalize(text);

        Matcher m = GALACTIC.matcher(s);
        if (m.matches()) {
            String l = m.group(1) != null ? m.group(1) : m.group(5);
            String b = m.group(1) != null ? m.group(3) : m.group(7);
            double lDeg = Double.parseDouble(l);
            double bDeg = Double.parseDouble(b);
            check(text, lDeg >= 0 && lDeg < 360, "Galactic l " + l + " is outside [0, 360)");
            check(text, Math.abs(bDeg) <= 90, "Galactic b " + b + " is outside [−90, 90]");
            return new GalacticPosition(lDeg, bDeg).icrs();
        }
        String compact = s.replace(" ", "");
        if ((m = JNAME_SEXA.matcher(compact)).matches()) {
            double ra = hours(text, m.group(1), m.group(2), m.group(3));
            double dec = degrees(text, m.group(4), m.group(5), m.group(6), m.group(7));
            return position(text, ra, dec);
        }
        if ((m = JNAME_MINUTES.matcher(compact)).matches()) {
            double ra = hours(text, m.group(1), m.group(2), null);
            double dec = degrees(text, m.group(3), m.group(4), m.group(5), null);
            return position(text, ra, dec);
        }
        if ((m = JNAME_DECIMAL.matcher(compact)).matches()) {
            return position(text, Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
        }
        if (!COORDINATE_CHARS.matcher(s).matches()) {
            throw error(text, "it contains characters that belong to no coordinate notation");
        }
        if ((m = LETTERS.matcher(s)).matches()) {
            double ra = m.group(1) != null
                    ? hours(text, m.group(1), m.group(2), m.group(3))
                    : degrees(text, "+", m.group(4), m.group(5), m.group(6));
            double dec = degrees(text, m.group(7).isEmpty() ? "+" : m.group(7), m.group(8), m.group(9), m.group(10));
            return position(text, ra, dec);
        }
        List<String> tokens = tokens(s);
        if (tokens.size() == 2) {
            return position(text, ra(text, tokens.get(0)), dec(text, tokens.get(1)));
        }
        if (tokens.size() == 6 && tokens.stream().allMatch(t -> t.matches("[+-]?" + NUM))) {
            check(text, !tokens.get(0).startsWith("-") && !tokens.get(0).startsWith("+"),
                    "the RA hours cannot carry a sign");
            for (int i : new int[] {1, 2, 4, 5}) {
                check(text, !tokens.get(i).startsWith("-") && !tokens.get(i).startsWith("+"),
                        "only the declination degrees may carry a sign");
            }
            double ra = hours(text, tokens.get(0), tokens.get(1), tokens.get(2));
            String sign = tokens.get(3).startsWith("-") ? "-" : "+";
            String degs = tokens.get(3).replaceFirst("^[+-]", "");
            double dec = degrees(text, sign, degs, tokens.get(4), tokens.get(5));
            return position(text, ra, dec);
        }
        throw error(text, "it has " + tokens.size() + " parts; expected 2 (RA and Dec) or 6 (h m s d m s)");
    }

    /**
     * True when {@code text} is written like coordinates (it starts with a digit or sign and uses only digits, signs,
     * colons and h/m/s/d letters; or it is a J-name or a Galactic form) rather than like an object name. Such text is parsed, never sent to a name resolver, so a typo
     * in coordinates gives a parse error instead of a confusing "name not found".
     */
    public static boolean looksLikeCoordinates(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        String s = normalize(text);
        String compact = s.replace(" ", "");
        if (compact.matches("\\d{15,16}")) {
            return false;
        }
        return GALACTIC.matcher(s).matches()
                || JNAME_SEXA.matcher(compact).matches() || JNAME_MINUTES.matcher(compact).matches()
                || JNAME_DECIMAL.matcher(compact).matches()
                || s.matches("[+\\-.\\d].*") && COORDINATE_CHARS.matcher(s).matches()
                || s.matches("(?:l\\s*=|gal(?:actic)?\\b).*");
    }

    private static String normalize(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT)
                .replace('\u2212', '-').replace('\u2012', '-').replace('\u2013', '-').replace('\u2014', '-')
                .replace('\u2010', '-')
                .replace("°", "d").replace("º", "d").replace("deg", "d")
                .replace("′", "m").replace("'", "m").replace("″", "s").replace("\"", "s")
                .replace('\t', ' ');
        s = s.replaceAll("\\s+", " ");
        // A sign glued to the RA ("16:29:49.3+24:46:22") starts the declination.
        s = s.replaceAll("(?<=[\\d.s])\\s*([+-])(?=[\\d.])", " $1");
        return s.strip();
    }

    private static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : s.split("[\\s,]+")) {
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    private static double ra(String text, String token) {
        Matcher m;
        if ((m = COLON.matcher(token)).matches()) {
            check(text, m.group(1).isEmpty(), "the RA cannot carry a sign");
            return hours(text, m.group(2), m.group(3), m.group(4));
        }
        if ((m = RA_HOURS_LETTERS.matcher(token)).matches()) {
            return hours(text, m.group(1), m.group(2), m.group(3));
        }
        if ((m = DEG_LETTERS.matcher(token)).matches() && (m.group(3) != null || m.group(4) != null)) {
            check(text, m.group(1).isEmpty(), "the RA cannot carry a sign");
            return degrees(text, "+", m.group(2), m.group(3), m.group(4));
        }
        if (DECIMAL.matcher(token).matches()) {
            check(text, !token.startsWith("-"), "the RA " + token + " is negative");
            double v = Double.parseDouble(token.replace("d", "").replace("+", ""));
            check(text, v < 360, "the RA " + token + " is not below 360 degrees");
            return v;
        }
        throw error(text, "the RA '" + token + "' fits no notation");
    }

    private static double dec(String text, String token) {
        Matcher m;
        if ((m = COLON.matcher(token)).matches()) {
            return degrees(text, m.group(1).isEmpty() ? "+" : m.group(1), m.group(2), m.group(3), m.group(4));
        }
        if ((m = DEG_LETTERS.matcher(token)).matches()) {
            return degrees(text, m.group(1).isEmpty() ? "+" : m.group(1), m.group(2), m.group(3), m.group(4));
        }
        if (DECIMAL.matcher(token).matches()) {
            double v = Double.parseDouble(token.replace("d", ""));
            check(text, Math.abs(v) <= 90, "the Dec " + token + " is outside [−90, 90]");
            return v;
        }
        throw error(text, "the Dec '" + token + "' fits no notation");
    }

    private static double hours(String text, String h, String m, String s) {
        double hh = Double.parseDouble(h);
        double mm = m == null ? 0 : Double.parseDouble(m);
        double ss = s == null ? 0 : Double.parseDouble(s);
        check(text, hh < 24, "RA hours " + h + " is not below 24 (a sexagesimal RA is in hours; for degrees write "
                + h + "d…)");
        check(text, mm < 60, "RA minutes " + m + " is not below 60");
        check(text, ss < 60, "RA seconds " + s + " is not below 60");
        check(text, m != null || !h.contains(".") || s == null, "RA hours with a fraction cannot be followed by seconds");
        return (hh + mm / 60.0 + ss / 3600.0) * 15.0;
    }

    private static double degrees(String text, String sign, String d, String m, String s) {
        double dd = Double.parseDouble(d);
        double mm = m == null ? 0 : Double.parseDouble(m);
        double ss = s == null ? 0 : Double.parseDouble(s);
        check(text, mm < 60, "arcminutes " + m + " is not below 60");
        check(text, ss < 60, "arcseconds " + s + " is not below 60");
        double v = dd + mm / 60.0 + ss / 3600.0;
        return "-".equals(sign) ? -v : v;
    }

    private static SkyPosition position(String text, double ra, double dec) {
        check(text, ra >= 0 && ra < 360, "the RA " + ra + " is outside [0, 360) degrees");
        check(text, Math.abs(dec) <= 90, "the Dec " + dec + " is outside [−90, 90] degrees");
        return new SkyPosition(ra, dec);
    }

    private static void check(String text, boolean ok, String problem) {
        if (!ok) {
            throw error(text, problem);
        }
    }

    private static InvalidInputException error(String text, String problem) {
        return new InvalidInputException("cannot read '" + text + "' as sky coordinates: " + problem + ".\n"
                + ACCEPTED_FORMS);
    }
}
