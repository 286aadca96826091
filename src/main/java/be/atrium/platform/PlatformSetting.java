package be.atrium.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A key-value fact about this installation, such as "the reference data of 2025 is loaded". */
@Entity
@Table(name = "platform_setting")
public class PlatformSetting {

    @Id
    @Column(name = "setting_key", length = 100)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 1000)
    private String value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PlatformSetting() {
    }

    public PlatformSetting(String key, String value, Instant at) {
        this.key = key;
        this.value = value;
        this.updatedAt = at;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public void change(String value, Instant at) {
        this.value = value;
        this.updatedAt = at;
    }
}
