package be.atrium.content;

import be.atrium.identity.Account;

/**
 * The reading rule of one kind of attachment owner. Each capability whose content carries files
 * provides one as an {@code @ApplicationScoped} bean; {@link Attachments#open} asks the guard of
 * the file's owner before handing out a single byte, so a file is exactly as visible as what it
 * is attached to.
 */
public interface AttachmentGuard {

    AttachmentOwner.Kind kind();

    /**
     * Whether the viewer may download the files of this owner. Throws {@code NotFoundException}
     * when the owner itself does not exist for the viewer; answers false when the viewer sees the
     * owner but not its files (a withdrawn post, for instance).
     */
    boolean mayReadFiles(Account viewer, long ownerId);
}
