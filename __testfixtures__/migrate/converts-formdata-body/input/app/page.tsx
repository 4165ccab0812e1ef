import { ContactForm } from '@/components/contact-form'

export default function Contact() {
  return (
    <main>
      <h1>Write to us</h1>
      <ContactForm />
    </main>
  )
}
