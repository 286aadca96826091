package be.atrium.documents.web;

import be.atrium.content.FileSizes;
import be.atrium.documents.DocumentView;
import be.atrium.platform.web.Messages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * How the document pages write what they show: {@code #{documentLabels.size(v.size())}} ("245 kB",
 * "1,4 MB"), {@code #{documentLabels.type(v)}} (the kind of file as people name it: PDF, DOCX) and
 * {@code #{documentLabels.day(d.date())}} (a day in Belgian form: "28 november 2026").
 */
@Named
@ApplicationScoped
public class DocumentLabels {

    public String size(long bytes) {
        return FileSizes.human(bytes, Messages.pageLocale());
    }

    /** The file's extension in capitals, or its media type when the name has none. */
    public String type(DocumentView.VersionView version) {
        String name = version.filename();
        int dot = name.lastIndexOf('.');
        return dot > 0 && dot < name.length() - 1 ? name.substring(dot + 1).toUpperCase(Locale.ROOT)
                : version.mediaType();
    }

    public String day(LocalDate day) {
        if (day == null) {
            return "";
        }
        Locale belgian = new Locale.Builder().setLanguage(Messages.pageLocale().getLanguage()).setRegion("BE").build();
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(belgian).format(day);
    }
}
