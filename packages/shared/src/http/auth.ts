import { Type, type Static } from 'typebox';

const Email = Type.String({ format: 'email', maxLength: 254, description: 'Compared case-insensitively' });

export const RegisterBody = Type.Object(
  {
    email: Email,
    password: Type.String({ minLength: 8, maxLength: 256 }),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 120 })),
  },
  { additionalProperties: false },
);
export type RegisterBody = Static<typeof RegisterBody>;

export const LoginBody = Type.Object(
  { email: Email, password: Type.String({ minLength: 1, maxLength: 256 }) },
  { additionalProperties: false },
);
export type LoginBody = Static<typeof LoginBody>;

export const UserResponse = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    email: Type.String(),
    name: Type.Union([Type.String(), Type.Null()]),
    plan: Type.Union([Type.Literal('free'), Type.Literal('pro'), Type.Literal('enterprise')]),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'User' },
);
export type UserResponse = Static<typeof UserResponse>;

export const AuthResponse = Type.Object(
  {
    user: Type.Ref('User'),
    accessToken: Type.String({ description: 'Short-lived JWT for Authorization: Bearer' }),
    expiresIn: Type.Integer({ description: 'Seconds until the access token expires' }),
  },
  { $id: 'AuthResponse' },
);
export type AuthResponse = { user: UserResponse; accessToken: string; expiresIn: number };

export const MeResponse = Type.Object({ user: Type.Ref('User') }, { $id: 'MeResponse' });
