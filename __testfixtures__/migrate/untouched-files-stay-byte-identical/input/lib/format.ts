export   const shout = ( s : string ) =>s.toUpperCase( ) + "!" ;;


// trailing comment with trailing spaces   
export const whisper=(s:string)=> s.toLowerCase()