package dev.madoguchi.csaf.mandatory;

import java.util.Base64;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Which language, script and region subtags the IANA Language Subtag Registry (BCP 47, RFC 5646 §3) holds, as far as
 * the JDK and a compact copy of ISO data let this library know without a file to read at run time:
 * <ul>
 * <li>two-letter languages: the ISO 639-1 codes the JDK knows ({@link Locale#getISOLanguages()}) and the registered
 * deprecated {@code jw} and {@code sh};</li>
 * <li>three-letter languages (and extended language subtags): {@link #THREE_LETTER_LANGUAGES}, a bit per code
 * {@code aaa..zzz} — the ISO 639-3 codes without an ISO 639-1 code, the ISO 639-5 collective codes, the other ISO
 * 639-2 codes without an ISO 639-1 code ({@code mis}, {@code mul}, {@code und}, {@code zxx}), and the private use
 * range {@code qaa..qtz}; RFC 5646 §2.2.1 registers no three-letter code for a language that has a two-letter one,
 * so {@code eng} is not a language subtag. Generated from the Debian package iso-codes 4.15
 * ({@code /usr/share/iso-codes/json/iso_639-{2,3,5}.json}); {@code LanguageTests} re-derives it where that package
 * is installed;</li>
 * <li>scripts: the ISO 15924 codes (same source) and the private use range {@code Qaaa..Qabx};</li>
 * <li>regions: the ISO 3166-1 codes the JDK knows ({@link Locale#getISOCountries()}), the registry's deprecated and
 * exceptionally reserved codes, the private use codes {@code AA}, {@code QM..QZ}, {@code XA..XZ}, {@code ZZ}, and
 * the UN M.49 area codes the registry holds.</li>
 * </ul>
 * Codes retired from ISO 639-3 (kept in the registry as deprecated) are not known; variants and extensions are not
 * looked up.
 */
final class LanguageSubtags {

    /** Base64 of a {@link BitSet}: bit {@code (a * 26 + b) * 26 + c} for the code of letters {@code a b c}. */
    static final String THREE_LETTER_LANGUAGES = ""
            + "/+39/u//v9v7//7a9x88V2+Xc/j/9/9wvwP//8sFhVLp//1/////d/////////fj6f///028Cnq+/3///v/3///v/98r9PHwXeef"
            + "FAcg3+0fPskh+L/u3///f///f/////9//f////d/7///7/+/z7///b//7f////6/////79////P/+3f////+///7///3///13///"
            + "f9/////+///f///f+f//7v//////9z+9/cWtb0DvnMFDLAglQQBQRACAu//yn7RCRdaTJIj3e+cXVlV5Dhw3f/Pvn+9dOGUIAAC8"
            + "/7////9/Nz7Hh8//AYEAsAWAAAAAAANAAACSIdD9df/e/l4EAAJkjRnB33siAAAA323OIuXZ8/5//c+dFEEEhgDRAPDHZ1/WmV63"
            + "7e8DAAIAAADAV1pHkmkBLtZ7dN9/fwAAAAEEVgMAALAUB1EUCgABAAAQEUkAAGAQAAAAEAAARAQAEIAFGAAABQCAKAQAABDVLRBk"
            + "FSRTtdW/4s0DAIAAQAAAAAAABBc5Ad1XmSGYpwAAAUCCAAAABAAAAAIBQABEAACw/qs5AAIAAAAEAAAAAAAgAEAEAAAAAgAAABCD"
            + "qAUAAAAABCAEpggEAAiBUAAACDGGQAAAAABAAAP1AxAIBAAAAOA7sxMAgAARAAAAAAAAAAAAAAAA///f7//fz4OiwP/fJ+8f5QMQ"
            + "ILDFgEUlmwPfud8D0EiQAQ6Bo5NU2zjzf/9t+f//fwQIAAEhEjxf/Q+FT0QAAAT//d/W6Bv0N6MNAAAge3kCB4QA8P9//gAYBIEA"
            + "AACAEJQcAQAAAAAAEEAABAi0/qUMQAAAkSQEbABg8P/7f/YYBZ/fbgMAEQAAAEAFNbaCKAQABFHi//0/BQkIBUAAAAAAEAAADAAA"
            + "AAAhAmzjSBSIIMBHgAcAAADMUEAkhUeEQCAQACACUIgRANHs7lA1DQFpDlnrMwgAIAVAEAAAAFBElknWXaeBR5f7ABAACACAAEBF"
            + "AAECAAFAgAACCPjr1znEnRYAAAwEASAg2aIBAAAAEkQAAAQQ8J2VEwSAAAHQFkAAEPCQYkzSAgFKAEYEAAgCACDAAIAGAAgAAAAA"
            + "8NjvFQIIAAABAAAAABABABAAAAD/1+N9//////9////2////////P/f/3//7///b/X////7//////////////f/f39z3/9//////"
            + "/777//////9///7//f//7///7//r/fv/////9d//v3u93d//vJgFLP8H8Pv/fwAIAMN9GwbmcvDvfH9EIjCfex79/1by/z7f8g6V"
            + "9///R4ABAgAgQFWfip/5bhGHUdDz/3dAAQXRWFwAQAAQBAIAIAqAe7f9/v7////////v/7//f/////////ff//f//997//9/////"
            + "7f+9///7///f3339//f///f////7/+//f////3/f/7/vt/9/3//n////9v72f///f////Pf9X/9/n77//v9/938CggT/v///1+//"
            + "//f/4p7n//f/Vn3F///////v3v2/fQ+nUQbEl9Bdr6b//f9jXUv///8/IBQAV1HCZfUN4v//30IFxQUAIgB0aRAIBUEAAQYAAAAA"
            + "AFFgBQQBAAAGESAAGAGS8f1nawaVBkft+02de4MEYkAAFUIAAABUg/lfEI7JRt/3ExEAIAAAAJAAAAAAAAoQAAFAAPDffb99vk//"
            + "v0AUhGGw/116BAIASS0UJv/t8a/vPwAAAsfgHvy7/b379/z3///09e1D9HcQAQFEf/+33flfBYbv9Te9HQAAAENxQgBAAAABQxkg"
            + "CAD//////////////////////////////////////////////////////////////////////////////////////++951fuE10J"
            + "wUAh+hcBgAAAAADw/v+/ACMAIAAACAAAMLXjEAAAABEkFgABAjCCowFQAAGDEUgAAADw39+/EqoQf9hSAIAgAAAAAEAQAgI8ABBC"
            + "EGFfnDEAAAABXAIgAAABAEIBIAAAv1//////L9/ez737r///f0tAEPF96/33///73/9v8XvxP/9//+7357//0/3f//1+v1f/b4F2"
            + "n9z3/f////v+/19XR+9fUBBi/v+fFZ8VD33GfaGS9fd+f//////93f//vfZf/z9AmAK/4//j9v5c/t9/0D4Ve7j/vv//9v/393P/"
            + "/+7f99f97y+Av8X////fn//////9v99/Bh93//jbXc99Frnqe6AeIAAwAgQkSAQAAEDUBgQAAAQABAAwCQZQAAgAAAAkAAQAENxY"
            + "100PFE/xFmTVSAoAAgBAAAgAAADc/+sfWEhBJKAEABASQCIAEAAAAAAAAAEAAACAEBC/b5MAAQAAAAAAAADAgC0AAAAAAAAKAAAA"
            + "wIbCAgAAAAH+GAIAEvD/eT8AJQAAAAoAAAAAAABAABADAAkgAAABAACDAAAAAAEAAAAAAAAAAAAAAAD////Pfr4REAAAkgFGzfFe"
            + "AAEAMBQEURABBPY/MgUEALCAIFV1l33fccx41UP1V2cUAQAAAAAACPfbH1RgA2gFEIs4ugEAADAAJEQAABACMQIBAADw9f+X17xQ"
            + "1nh6FVAFpITpQQAAAGs5UnRA6CCQYpIAAAJ/7/9/hVP07///8t3HTPVC/P//HwCAwFaMFp/7N33v/7WkrwFEGAFdTkoIUCgw4IAQ"
            + "ICQA////T/4BBogKQBYBABULPgEAABCQaUUCAgHhv78CAAAQ1KfRVJ5E3v2HZrFVINSD2DA9gAAAAEzwEcWEb1AAIlB/v8sHACAQ"
            + "hLJFEAZEAAASAhEA8P/9fwUCFokAAAAIABAMAgAAAACDMAIohAAzwAMkAAAAy+Q6RsgU8f//fxYBAYRQB/z//w8BAEAQOAEBHBJA"
            + "4XYWCAMQAAAAAQAAAAAAIiQKQIAAAA==";

    private static final String SCRIPTS = ""
            + "Adlm Afak Aghb Ahom Arab Aran Armi Armn Avst Bali Bamu Bass Batk Beng Bhks Blis Bopo Brah Brai Bugi "
            + "Buhd Cakm Cans Cari Cham Cher Cirt Copt Cprt Cyrl Cyrs Deva Dsrt Dupl Egyd Egyh Egyp Elba Ethi Geok "
            + "Geor Glag Goth Gran Grek Gujr Guru Hanb Hang Hani Hano Hans Hant Hatr Hebr Hira Hluw Hmng Hrkt Hung "
            + "Inds Ital Jamo Java Jpan Jurc Kali Kana Khar Khmr Khoj Kitl Kits Knda Kore Kpel Kthi Lana Laoo Latf "
            + "Latg Latn Leke Lepc Limb Lina Linb Lisu Loma Lyci Lydi Mahj Mand Mani Marc Maya Mend Merc Mero Mlym "
            + "Modi Mong Moon Mroo Mtei Mult Mymr Narb Nbat Newa Nkgb Nkoo Nshu Ogam Olck Orkh Orya Osge Osma Palm "
            + "Pauc Perm Phag Phli Phlp Phlv Phnx Piqd Plrd Prti Qaaa Qabx Rjng Roro Runr Samr Sara Sarb Saur Sgnw "
            + "Shaw Shrd Sidd Sind Sinh Sora Sund Sylo Syrc Syre Syrj Syrn Tagb Takr Tale Talu Taml Tang Tavt Telu "
            + "Teng Tfng Tglg Thaa Thai Tibt Tirh Ugar Vaii Visp Wara Wole Xpeo Xsux Yiii Zinh Zmth Zsye Zsym Zxxx "
            + "Zyyy Zzzz ";

    private static final BitSet THREE_LETTERS = BitSet.valueOf(Base64.getDecoder().decode(THREE_LETTER_LANGUAGES));
    private static final Set<String> TWO_LETTERS = lowerCase(Locale.getISOLanguages(), "jw", "sh");
    private static final Set<String> SCRIPT_CODES = lowerCase(SCRIPTS.trim().split(" "));
    private static final Set<String> REGIONS = lowerCase(Locale.getISOCountries(),
            "ac", "cp", "dg", "ea", "eu", "ez", "ic", "ta", "un", "bu", "cs", "dd", "fx", "nt", "tp", "yu",
            "zr", "aa", "zz", "001", "002", "003", "005", "009", "011", "013", "014", "015", "017", "018",
            "019", "021", "029", "030", "034", "035", "039", "053", "054", "057", "061", "142", "143", "145",
            "150", "151", "154", "155", "202", "419");

    private LanguageSubtags() {
    }

    /** {@code codes} in lower case, with {@code more} as given. */
    private static Set<String> lowerCase(String[] codes, String... more) {
        Set<String> set = new HashSet<>();
        for (String code : codes) {
            set.add(code.toLowerCase(Locale.ROOT));
        }
        Collections.addAll(set, more);
        return Set.copyOf(set);
    }

    /** Whether {@code subtag} (lower case) is a registered primary language subtag of two or three letters. */
    static boolean isLanguage(String subtag) {
        if (subtag.length() == 2) {
            return TWO_LETTERS.contains(subtag);
        }
        return subtag.length() == 3 && isLowerLetters(subtag) && THREE_LETTERS.get(
                ((subtag.charAt(0) - 'a') * 26 + subtag.charAt(1) - 'a') * 26 + subtag.charAt(2) - 'a');
    }

    /** Whether {@code subtag} (lower case, four letters) is a registered script subtag. */
    static boolean isScript(String subtag) {
        return SCRIPT_CODES.contains(subtag) || subtag.compareTo("qaaa") >= 0 && subtag.compareTo("qabx") <= 0;
    }

    /** Whether {@code subtag} (lower case, two letters or three digits) is a registered region subtag. */
    static boolean isRegion(String subtag) {
        return REGIONS.contains(subtag) || subtag.length() == 2 && (subtag.charAt(0) == 'x'
                || subtag.charAt(0) == 'q' && subtag.charAt(1) >= 'm');
    }

    private static boolean isLowerLetters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }
}
