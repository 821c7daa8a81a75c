package vn.tochuc.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts the tone mark of each Vietnamese syllable where the traditional ("kiểu cũ") convention puts it. Words that do
 * not parse as one Vietnamese syllable (loanwords, minority names such as "Pleiku") are returned unchanged.
 */
final class TonePlacement {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    /** The five tone marks as NFD combining characters: huyền, sắc, hỏi, ngã, nặng. */
    private static final String TONES = "\u0300\u0301\u0309\u0303\u0323";

    private static final String VOWELS = "aeiouy";

    /** Circumflex, breve and horn: a vowel carrying one of them (â ă ê ô ơ ư) is a main vowel. */
    private static final String QUALITY = "\u0302\u0306\u031B";

    private static final Set<String> CODAS = Set.of("", "c", "ch", "k", "m", "n", "ng", "nh", "p", "t");

    private TonePlacement() {}

    static String normalize(String nfc) {
        Matcher m = WORD.matcher(nfc);
        StringBuilder out = new StringBuilder(nfc.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(syllable(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** One letter of a syllable: its base character, its non-tone marks, and its tone mark (or 0). */
    private record Letter(char base, String marks, char tone) {

        boolean isVowel() {
            return VOWELS.indexOf(Character.toLowerCase(base)) >= 0;
        }

        boolean hasQuality() {
            return marks.chars().anyMatch(c -> QUALITY.indexOf(c) >= 0);
        }

        String render(char withTone) {
            return base + marks + (withTone == 0 ? "" : String.valueOf(withTone));
        }
    }

    private static String syllable(String word) {
        List<Letter> letters = letters(Normalizer.normalize(word, Normalizer.Form.NFD));
        if (letters == null) {
            return word;
        }
        int tonePos = -1;
        for (int i = 0; i < letters.size(); i++) {
            if (letters.get(i).tone() != 0) {
                if (tonePos >= 0) {
                    return word; // two tone marks: not a syllable we understand
                }
                tonePos = i;
            }
        }
        if (tonePos < 0) {
            return word;
        }
        int target = targetPosition(letters);
        if (target < 0 || target == tonePos) {
            return word;
        }
        char tone = letters.get(tonePos).tone();
        StringBuilder sb = new StringBuilder(word.length() + 1);
        for (int i = 0; i < letters.size(); i++) {
            sb.append(letters.get(i).render(i == target ? tone : 0));
        }
        return Normalizer.normalize(sb, Normalizer.Form.NFC);
    }

    /** Splits NFD text into letters, or returns null if it starts with a mark or has an unknown mark. */
    private static List<Letter> letters(String nfd) {
        List<Letter> letters = new ArrayList<>(nfd.length());
        int i = 0;
        while (i < nfd.length()) {
            char base = nfd.charAt(i++);
            if (Character.getType(base) == Character.NON_SPACING_MARK) {
                return null;
            }
            StringBuilder marks = new StringBuilder(2);
            char tone = 0;
            while (i < nfd.length() && Character.getType(nfd.charAt(i)) == Character.NON_SPACING_MARK) {
                char mark = nfd.charAt(i++);
                if (TONES.indexOf(mark) >= 0 && tone == 0) {
                    tone = mark;
                } else if (QUALITY.indexOf(mark) >= 0) {
                    marks.append(mark);
                } else {
                    return null;
                }
            }
            Letter letter = new Letter(base, marks.toString(), tone);
            if (!letter.isVowel() && (tone != 0 || marks.length() > 0) || !validQuality(letter)) {
                return null; // ñ, ŭ, ĉ…: not Vietnamese
            }
            letters.add(letter);
        }
        return letters;
    }

    private static boolean validQuality(Letter letter) {
        if (letter.marks().isEmpty()) {
            return true;
        }
        String allowed = switch (Character.toLowerCase(letter.base())) {
            case 'a' -> "\u0302\u0306";
            case 'e' -> "\u0302";
            case 'o' -> "\u0302\u031B";
            case 'u' -> "\u031B";
            default -> "";
        };
        return letter.marks().length() == 1 && allowed.contains(letter.marks());
    }

    /**
     * Index of the letter that should carry the tone, or -1 if the word is not one Vietnamese syllable. The onset
     * "qu" and the onset "gi" (when another vowel follows) count as consonants: quý, già, giữa.
     */
    private static int targetPosition(List<Letter> letters) {
        int n = letters.size();
        int start = 0;
        while (start < n && !letters.get(start).isVowel()) {
            start++;
        }
        String onset = plain(letters, 0, start);
        if (start + 1 < n && letters.get(start + 1).isVowel()) {
            char first = Character.toLowerCase(letters.get(start).base());
            boolean qu = onset.equals("q")
                    && first == 'u'
                    && letters.get(start).marks().isEmpty();
            boolean gi = onset.equals("g")
                    && first == 'i'
                    && letters.get(start).marks().isEmpty();
            if (qu || gi) {
                start++;
            }
        }
        int end = start;
        while (end < n && letters.get(end).isVowel()) {
            end++;
        }
        int vowels = end - start;
        if (vowels == 0 || vowels > 3 || !CODAS.contains(plain(letters, end, n))) {
            return -1;
        }
        int lastQuality = -1;
        for (int i = start; i < end; i++) {
            if (letters.get(i).hasQuality()) {
                lastQuality = i;
            }
        }
        if (lastQuality >= 0) {
            return lastQuality; // ươ: on ơ; uê, uơ: on ê, ơ (thuế, thuở)
        }
        if (end < n) {
            return end - 1; // closed syllable: on the last vowel (hoàng, huých)
        }
        return switch (vowels) {
            case 1, 2 -> start; // open: òa, òe, ùy, like ìa, ùa, ài (kiểu cũ)
            default -> start + 1; // oai, oay, uya, uyu, oeo: the middle one (hoài, khuỷu)
        };
    }

    private static String plain(List<Letter> letters, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            Letter l = letters.get(i);
            if (!l.marks().isEmpty() || l.tone() != 0) {
                return "?";
            }
            sb.append(Character.toLowerCase(l.base()));
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
