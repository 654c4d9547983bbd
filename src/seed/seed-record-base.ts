import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsDefined,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  registerDecorator,
  ValidateNested,
  ValidationOptions,
} from 'class-validator';

/** An ISO date of the precision a source gives: YYYY, YYYY-MM or YYYY-MM-DD, and a real date. */
export function IsPartialIsoDate(options?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isPartialIsoDate',
      target: object.constructor,
      propertyName,
      options: { message: `${propertyName} must be YYYY, YYYY-MM or YYYY-MM-DD and a real date`, ...options },
      validator: { validate: (value: unknown) => isPartialIsoDate(value) },
    });
}

export function isPartialIsoDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month && (Number(month) < 1 || Number(month) > 12)) return false;
  if (day) {
    const date = new Date(`${year}-${month}-${day}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.getUTCDate() === Number(day);
  }
  return true;
}

/** A citation in a seed file: which source, and where in it the fact is stated (our words). */
export class SourceRefRecord {
  @Matches(/^source:[a-z0-9][a-z0-9-]*$/, { message: 'source must be a source id like "source:some-document"' })
  source!: string;

  @IsString()
  @IsNotEmpty({ message: 'note must say where in the source the fact is stated' })
  note!: string;
}

/** Every record and every relationship entry carries at least one source. */
export abstract class SourcedRecord {
  @IsArray()
  @ArrayNotEmpty({ message: 'sources must list at least one source' })
  @ValidateNested({ each: true })
  @Type(() => SourceRefRecord)
  sources!: SourceRefRecord[];
}

/** A value that another source gives for one of the record's fields. */
export class AlternativeRecord extends SourcedRecord {
  @IsString()
  @IsNotEmpty()
  field!: string;

  @IsDefined()
  value!: string | number;
}

/** Fields common to every node record (each subclass declares its own `id` pattern). */
export abstract class NodeRecord extends SourcedRecord {
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => AlternativeRecord)
  alternatives?: AlternativeRecord[];
}
