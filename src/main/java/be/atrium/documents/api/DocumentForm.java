package be.atrium.documents.api;

import be.atrium.documents.Document;
import be.atrium.documents.DocumentKind;
import be.atrium.documents.DocumentService;
import be.atrium.platform.DomainException;
import jakarta.ws.rs.core.EntityPart;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a multipart upload ({@code multipart/form-data}, Jakarta REST 3.1
 * {@link EntityPart}s): the {@code file} and text fields read as UTF-8. {@code tags} may come as
 * one comma-separated field or as the field repeated.
 */
final class DocumentForm {

    private static final int MAX_FIELD = 20_000;

    private final Map<String, List<String>> fields = new HashMap<>();
    private EntityPart file;

    DocumentForm(List<EntityPart> parts) {
        if (parts == null) {
            return;
        }
        for (EntityPart part : parts) {
            if ("file".equals(part.getName())) {
                if (file == null) {
                    file = part;
                }
            } else {
                fields.computeIfAbsent(part.getName(), k -> new ArrayList<>()).add(read(part));
            }
        }
    }

    private static String read(EntityPart part) {
        try (InputStream in = part.getContent()) {
            byte[] bytes = in.readNBytes(MAX_FIELD + 1);
            if (bytes.length > MAX_FIELD) {
                throw new DomainException("document.field.tooLong", part.getName(), part.getName());
            }
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text(String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    DocumentService.Upload upload() {
        if (file == null) {
            throw new DomainException("document.file.required", "file");
        }
        return new DocumentService.Upload(file.getFileName().orElse(null), null, file.getContent());
    }

    Document.Details details() {
        List<String> tags = new ArrayList<>();
        for (String value : fields.getOrDefault("tags", List.of())) {
            for (String t : value.split(",")) {
                if (!t.isBlank()) {
                    tags.add(t);
                }
            }
        }
        return new Document.Details(text("title"), text("description"), DocumentKind.parse(text("kind")),
                text("folder"), date(text("date")), tags, id("guidance"), id("thread"));
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new DomainException("document.date.invalid", "date", value.strip());
        }
    }

    private Long id(String name) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new DomainException("document." + name + ".unknown", name, value.strip());
        }
    }
}
