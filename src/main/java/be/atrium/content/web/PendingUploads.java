package be.atrium.content.web;

import be.atrium.content.Attachments;
import be.atrium.content.FileSizes;
import be.atrium.content.FileTypes;
import be.atrium.platform.DomainException;
import be.atrium.platform.web.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Files dropped or chosen in a form's {@code p:fileUpload} before the form itself is saved (a
 * question, an answer): each arrives on its own, is checked (may this person attach here at all,
 * how many, then size and type from the content) and stored as bytes that belong to nothing yet;
 * the form lists them, with name, size and a way to take one out, until its save attaches them
 * in the same action. A refused file is one line with its reason in the reader's language and the
 * others go on. Bytes never attached are removed by {@link be.atrium.content.AttachmentSweep}.
 * Held by a view-scoped page bean.
 */
public final class PendingUploads implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Who may attach here, checked before any byte is stored (throws the reason otherwise). */
    @FunctionalInterface
    public interface Permission {
        void require();
    }

    /** One file of this form: received (and waiting to be attached) or refused with its reason. */
    public static final class Item implements Serializable {
        private static final long serialVersionUID = 1L;
        private final int id;
        private final String filename;
        private final Attachments.Received received;
        private final String size;
        private final String refusal;

        Item(int id, String filename, Attachments.Received received, String size, String refusal) {
            this.id = id;
            this.filename = filename;
            this.received = received;
            this.size = size;
            this.refusal = refusal;
        }

        public int getId() {
            return id;
        }

        public String getFilename() {
            return filename;
        }

        /** The size for people ("245 kB"); empty for a refused file. */
        public String getSize() {
            return size;
        }

        public String getRefusal() {
            return refusal;
        }

        public boolean isRefused() {
            return refusal != null;
        }

        public boolean isImage() {
            return received != null && FileTypes.isImage(received.stored().mediaType());
        }
    }

    private final List<Item> items = new ArrayList<>();
    private final int max;
    private int nextId = 1;

    /** @param max how many files one post may have */
    public PendingUploads(int max) {
        this.max = max;
    }

    /**
     * Takes one file of the upload: the permission first, then the room left, then the bytes
     * (size and type). Refusals become a line of the list; the container's copy is removed.
     */
    public void take(FileUploadEvent event, Permission permission, Attachments attachments) {
        UploadedFile file = event.getFile();
        String filename = file.getFileName();
        try (InputStream in = file.getInputStream()) {
            permission.require();
            if (getReceived().size() >= max) {
                throw new DomainException("attachment.tooMany", "files", max);
            }
            Attachments.Received received = attachments.receive(filename, file.getSize(), in);
            add(new Item(0, received.filename(), received,
                    FileSizes.human(received.stored().size(), Messages.pageLocale()), null));
        } catch (DomainException e) {
            add(new Item(0, filename, null, "", Messages.text(Messages.pageLocale(), e)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                file.delete();
            } catch (IOException ignored) {
                // the container removes its temporary file at the end of the request anyway
            }
        }
    }

    private synchronized void add(Item item) {
        items.add(new Item(nextId++, item.filename, item.received, item.size, item.refusal));
    }

    /** Takes a file (or the line of a refused one) out of the list before saving. */
    public synchronized void remove(int id) {
        items.removeIf(i -> i.id == id);
    }

    /** What the form shows, in the order the files arrived. */
    public synchronized List<Item> getItems() {
        return List.copyOf(items);
    }

    /**
     * The files to attach with the save, each still stored (and touched, so the sweep keeps them
     * while the save commits). A file the sweep took meanwhile (a form left open for hours) is a
     * broken rule naming the file, and leaves the list.
     */
    public synchronized List<Attachments.Received> toAttach(Attachments attachments) {
        List<Attachments.Received> kept = new ArrayList<>();
        for (Item item : List.copyOf(items)) {
            if (item.received == null) {
                continue;
            }
            if (!attachments.keep(item.received)) {
                items.remove(item);
                throw new DomainException("attachment.pending.gone", "files", item.filename);
            }
            kept.add(item.received);
        }
        return kept;
    }

    private synchronized List<Attachments.Received> getReceived() {
        return items.stream().filter(i -> i.received != null).map(i -> i.received).toList();
    }

    /** After the save: the files now belong to the post. */
    public synchronized void clear() {
        items.clear();
    }
}
