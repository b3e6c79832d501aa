export { FieldCipher, isSealed, type SealedValue } from './field-cipher';
