package vn.tochuc.portal;

import vn.tochuc.shared.VietnameseText;

/** Vietnamese slugs: "Hội nghị trực tuyến 9 tháng" → "hoi-nghi-truc-tuyen-9-thang" (diacritics folded, đ → d). */
final class Slugs {

    static final int MAX = 120;

    private Slugs() {}

    static String of(String title) {
        String s = VietnameseText.fold(title).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (s.length() > MAX) {
            s = s.substring(0, MAX).replaceAll("-[^-]*$", "");
        }
        return s.isEmpty() ? "bai-viet" : s;
    }
}
