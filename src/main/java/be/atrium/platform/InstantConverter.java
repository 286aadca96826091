package be.atrium.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.sql.Timestamp;
import java.time.Instant;

/**
 * Maps {@link Instant} to a DATETIME(3) column (EclipseLink 4.0 would otherwise serialise it).
 * The column holds UTC wall-clock time whatever the JVM's time zone: the data source's driver
 * renders {@link Timestamp}s in UTC ({@link UtcMariaDbDataSource}).
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Timestamp> {
    @Override
    public Timestamp convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
