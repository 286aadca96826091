package be.atrium.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.sql.Date;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Maps {@link LocalDate} to a DATE column as the same calendar day whatever the JVM's time zone.
 * MariaDB Connector/J with {@code preserveInstants} ({@link UtcMariaDbDataSource}) writes a
 * {@link Date} as its day in UTC, but reads a DATE as midnight in the JVM's zone. So a day goes
 * out as midnight UTC ({@code Date.valueOf}, midnight in the JVM's zone, would turn 1 January
 * into 31 December east of Greenwich) and comes back as the JVM-zone day of what the driver made.
 * GuidanceApiIT checks it with the test server in Brussels time.
 */
@Converter(autoApply = true)
public class LocalDateConverter implements AttributeConverter<LocalDate, Date> {

    @Override
    public Date convertToDatabaseColumn(LocalDate day) {
        return day == null ? null : new Date(day.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli());
    }

    @Override
    public LocalDate convertToEntityAttribute(Date date) {
        return date == null ? null : date.toLocalDate();
    }
}
