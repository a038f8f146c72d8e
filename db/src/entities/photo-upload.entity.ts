import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { AppUser } from './app-user.entity';

/**
 * A photo received by `POST /uploads/photos`, re-encoded and stored, waiting to be attached to a
 * product by `productPhotoAdd`. Only its uploader may attach it, once. An upload not attached
 * within a day may be removed (with its file when no photo uses it).
 */
@Entity('photo_upload')
@Check('photo_upload_content_type_check', `content_type IN ('image/jpeg', 'image/png', 'image/webp')`)
@Check('photo_upload_byte_size_check', `byte_size > 0`)
@Check('photo_upload_width_check', `width > 0`)
@Check('photo_upload_height_check', `height > 0`)
@Check('photo_upload_sha256_check', `sha256 ~ '^[0-9a-f]{64}$'`)
@Index('photo_upload_uploaded_by_id', ['uploadedById'])
@Index('photo_upload_created_at', ['createdAt'])
export class PhotoUpload {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'uuid' })
  uploadedById: string;

  @ManyToOne(() => AppUser, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy: Relation<AppUser>;

  /** Where the file store keeps the bytes ("photos/<sha256>.webp"); never a name the user chose. */
  @Column({ type: 'text' })
  storageKey: string;

  @Column({ type: 'text' })
  contentType: string;

  @Column({ type: 'integer' })
  byteSize: number;

  @Column({ type: 'integer' })
  width: number;

  @Column({ type: 'integer' })
  height: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ type: 'timestamptz', nullable: true })
  attachedAt: Date | null;
}
