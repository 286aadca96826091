package be.atrium.content;

import java.text.NumberFormat;
import java.util.Locale;

/** File sizes as people read them: "812 B", "245 kB", "1,4 MB" (1 kB = 1024 bytes, as the upload limit). */
public final class FileSizes {

    private FileSizes() {
    }

    public static String human(long bytes, Locale locale) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024 - 512) {
            return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(0);
        return format.format(bytes / (1024.0 * 1024.0)) + " MB";
    }
}
